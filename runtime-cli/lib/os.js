'use strict';
// Node's `os` module: shapes the facts `binding.os` reads from the kernel
// (uname, /proc, getifaddrs, getpwuid_r, getpriority) into Node's API.

const { codes } = require('internal/errors');
const signals = require('internal/process/signals');

const native = binding.os;

// ---- errors -------------------------------------------------------------

// Node reports libuv failures in os calls as SystemError [ERR_SYSTEM_ERROR]
// with an `info` object; the native throws a plain uv-style error
// ("ESRCH: no such process, uv_os_getpriority"), reshaped here.
class SystemError extends Error {
  constructor(info) {
    super(`A system error occurred: ${info.syscall} returned ${info.code} (${info.message})`);
    Object.defineProperty(this, 'name', {
      value: 'SystemError', enumerable: false, writable: true, configurable: true,
    });
    this.code = 'ERR_SYSTEM_ERROR';
    this.info = info;
    this.errno = info.errno;
    this.syscall = info.syscall;
  }

  toString() {
    return `SystemError [ERR_SYSTEM_ERROR]: ${this.message}`;
  }
}

function toSystemError(err) {
  if (err === null || typeof err !== 'object' || typeof err.code !== 'string' ||
      typeof err.syscall !== 'string') {
    return err;
  }
  // The native message is "CODE: description, syscall".
  let text = String(err.message);
  if (text.startsWith(`${err.code}: `)) text = text.slice(err.code.length + 2);
  const tail = `, ${err.syscall}`;
  if (text.endsWith(tail)) text = text.slice(0, -tail.length);
  const info = { errno: err.errno, code: err.code, message: text, syscall: err.syscall };
  const e = new SystemError(info);
  Error.captureStackTrace(e, toSystemError);
  return e;
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) {
    throw new codes.ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
  }
}

// ---- simple facts -------------------------------------------------------

function arch() { return process.arch; }
function platform() { return process.platform; }
function getOSType() { return native.sysname; }
function getOSRelease() { return native.release; }
function getOSVersion() { return native.version; }
function getMachine() { return native.machine; }
function hostname() { return native.hostname(); }
function uptime() { return native.uptime(); }
function loadavg() { return native.loadavg(); }
function getTotalMem() { return native.totalmem(); }
function getFreeMem() { return native.freemem(); }
function getAvailableParallelism() { return native.availableParallelism(); }
function endianness() { return 'LE'; }

function cpus() {
  return native.cpus();
}

function homedir() {
  const home = process.env.HOME;
  if (typeof home === 'string' && home !== '') return home;
  try {
    return native.userInfo().homedir;
  } catch (err) {
    throw toSystemError(err);
  }
}

function tmpdir() {
  const env = process.env;
  let path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

// Primitive conversion gives the value, so `${os.hostname}` works as in Node.
for (const fn of [arch, platform, getOSType, getOSRelease, getOSVersion, getMachine, hostname,
  uptime, getTotalMem, getFreeMem, getAvailableParallelism, endianness, homedir, tmpdir]) {
  fn[Symbol.toPrimitive] = () => fn();
}

// ---- user info ----------------------------------------------------------

function userInfo(options) {
  let info;
  try {
    info = native.userInfo();
  } catch (err) {
    throw toSystemError(err);
  }
  const out = { __proto__: null, uid: info.uid, gid: info.gid };
  const encoding = options !== null && typeof options === 'object' ? options.encoding : undefined;
  if (encoding === 'buffer') {
    const { Buffer } = require('buffer');
    out.username = Buffer.from(info.username);
    out.homedir = Buffer.from(info.homedir);
    out.shell = Buffer.from(info.shell);
  } else {
    out.username = info.username;
    out.homedir = info.homedir;
    out.shell = info.shell;
  }
  return out;
}

// ---- network interfaces -------------------------------------------------

// Leading one-bits of a netmask, or null when the mask is not contiguous.
function maskBits(netmask, family) {
  let groups;
  let width;
  if (family === 'IPv4') {
    groups = netmask.split('.');
    width = 8;
  } else {
    const [head, tail] = netmask.split('::');
    const h = head === '' ? [] : head.split(':');
    const t = tail === undefined || tail === '' ? [] : tail.split(':');
    groups = h.concat(new Array(8 - h.length - t.length).fill('0'), t);
    width = 16;
  }
  let bits = 0;
  let ended = false;
  for (let i = 0; i < groups.length; i++) {
    const n = parseInt(groups[i], family === 'IPv4' ? 10 : 16) || 0;
    for (let b = width - 1; b >= 0; b--) {
      if (n & (1 << b)) {
        if (ended) return null;
        bits++;
      } else {
        ended = true;
      }
    }
  }
  return bits;
}

function networkInterfaces() {
  const list = native.interfaces();
  const out = {};
  for (let i = 0; i < list.length; i++) {
    const [name, address, netmask, family, mac, internal, scopeid] = list[i];
    const bits = maskBits(netmask, family);
    const entry = {
      address, netmask, family, mac, internal,
      cidr: bits === null ? null : `${address}/${bits}`,
    };
    if (family === 'IPv6') entry.scopeid = scopeid;
    (out[name] || (out[name] = [])).push(entry);
  }
  return out;
}

// ---- priority -----------------------------------------------------------

function getPriority(pid = 0) {
  validateInt32(pid, 'pid');
  try {
    return native.getPriority(pid);
  } catch (err) {
    throw toSystemError(err);
  }
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  try {
    native.setPriority(pid, priority);
  } catch (err) {
    throw toSystemError(err);
  }
}

// ---- constants ----------------------------------------------------------

const errno = {
  __proto__: null,
  E2BIG: 7, EACCES: 13, EADDRINUSE: 98, EADDRNOTAVAIL: 99, EAFNOSUPPORT: 97, EAGAIN: 11,
  EALREADY: 114, EBADF: 9, EBADMSG: 74, EBUSY: 16, ECANCELED: 125, ECHILD: 10,
  ECONNABORTED: 103, ECONNREFUSED: 111, ECONNRESET: 104, EDEADLK: 35, EDESTADDRREQ: 89,
  EDOM: 33, EDQUOT: 122, EEXIST: 17, EFAULT: 14, EFBIG: 27, EHOSTUNREACH: 113, EIDRM: 43,
  EILSEQ: 84, EINPROGRESS: 115, EINTR: 4, EINVAL: 22, EIO: 5, EISCONN: 106, EISDIR: 21,
  ELOOP: 40, EMFILE: 24, EMLINK: 31, EMSGSIZE: 90, EMULTIHOP: 72, ENAMETOOLONG: 36,
  ENETDOWN: 100, ENETRESET: 102, ENETUNREACH: 101, ENFILE: 23, ENOBUFS: 105, ENODATA: 61,
  ENODEV: 19, ENOENT: 2, ENOEXEC: 8, ENOLCK: 37, ENOLINK: 67, ENOMEM: 12, ENOMSG: 42,
  ENOPROTOOPT: 92, ENOSPC: 28, ENOSR: 63, ENOSTR: 60, ENOSYS: 38, ENOTCONN: 107,
  ENOTDIR: 20, ENOTEMPTY: 39, ENOTSOCK: 88, ENOTSUP: 95, ENOTTY: 25, ENXIO: 6,
  EOPNOTSUPP: 95, EOVERFLOW: 75, EPERM: 1, EPIPE: 32, EPROTO: 71, EPROTONOSUPPORT: 93,
  EPROTOTYPE: 91, ERANGE: 34, EROFS: 30, ESPIPE: 29, ESRCH: 3, ESTALE: 116, ETIME: 62,
  ETIMEDOUT: 110, ETXTBSY: 26, EWOULDBLOCK: 11, EXDEV: 18,
};

const signalConstants = { __proto__: null };
for (const name of Object.keys(signals.numbers)) signalConstants[name] = signals.numbers[name];

const priority = {
  __proto__: null,
  PRIORITY_LOW: 19,
  PRIORITY_BELOW_NORMAL: 10,
  PRIORITY_NORMAL: 0,
  PRIORITY_ABOVE_NORMAL: -7,
  PRIORITY_HIGH: -14,
  PRIORITY_HIGHEST: -20,
};

const dlopen = { __proto__: null, RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0,
  RTLD_DEEPBIND: 8 };

// Node's leaf constants are read-only; the groups themselves are plain.
function readOnly(obj) {
  for (const key of Object.keys(obj)) {
    Object.defineProperty(obj, key, { writable: false, configurable: false });
  }
  return obj;
}

const constants = {
  __proto__: null,
  UV_UDP_REUSEADDR: 4,
  dlopen: readOnly(dlopen),
  errno: readOnly(errno),
  signals: readOnly(signalConstants),
  priority: readOnly(priority),
};

module.exports = {
  arch,
  availableParallelism: getAvailableParallelism,
  cpus,
  endianness,
  freemem: getFreeMem,
  getPriority,
  homedir,
  hostname,
  loadavg,
  networkInterfaces,
  platform,
  release: getOSRelease,
  setPriority,
  tmpdir,
  totalmem: getTotalMem,
  type: getOSType,
  userInfo,
  uptime,
  version: getOSVersion,
  machine: getMachine,
};

Object.defineProperties(module.exports, {
  constants: { value: constants, enumerable: true, writable: false, configurable: false },
  EOL: { value: '\n', enumerable: true, writable: false, configurable: true },
  devNull: { value: '/dev/null', enumerable: true, writable: false, configurable: true },
});
