'use strict';
// Error codes fs needs beyond internal/errors and internal/util/extra_errors
// (each prefers a shared definition, so a code moving there stays
// single-sourced), and Node's SystemError shape for the ERR_FS_* codes.

const errors = require('internal/errors');
const extra = require('internal/util/extra_errors');

const codes = { __proto__: null };
for (const [code, Ctor] of Object.entries(errors.codes)) codes[code] = Ctor;
for (const [code, Ctor] of Object.entries(extra.codes)) codes[code] ??= Ctor;

// `key` names the class in `codes` when it differs from the code shown.
function define(code, Base, message, key = code) {
  codes[key] = errors.defineError(code, Base, message, key);
}

define('ERR_DIR_CLOSED', Error, 'Directory handle was closed');
define('ERR_DIR_CONCURRENT_OPERATION', Error,
  'Cannot do synchronous work on directory handle with concurrent asynchronous operations');
define('ERR_FS_FILE_TOO_LARGE', RangeError, (size) => `File size (${size}) is greater than 2 GiB`);
define('ERR_FS_INVALID_SYMLINK_TYPE', Error,
  (type) => `Symlink type must be one of "dir", "file", or "junction". Received "${type}"`);
define('ERR_UNKNOWN_ENCODING', TypeError, (enc) => `Unknown encoding: ${enc}`);
define('ERR_METHOD_NOT_IMPLEMENTED', Error, (m) => `The ${m} method is not implemented`);
define('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', TypeError,
  (f) => `The feature ${f} is unavailable on the current platform, which is being used to run Node.js`);
// The natives this runtime does not have yet: a clear error, not a crash.
define('ERR_FS_NOT_SUPPORTED', Error, (what) => `fs.${what} is not supported by this runtime yet`);

// Errors whose whole message Node spells out by hand, e.g.
// "mode is out of range: >= 0 && <= 7" with code ERR_OUT_OF_RANGE.
define('ERR_OUT_OF_RANGE', RangeError, (m) => m, 'ERR_OUT_OF_RANGE_TEXT');
define('ERR_INVALID_ARG_TYPE', TypeError, (m) => m, 'ERR_INVALID_ARG_TYPE_TEXT');

// Node's SystemError: "<prefix>: <syscall> returned <CODE> (<message>) <path>",
// with the details in `info` and mirrored as own properties.
const systemMessages = {
  ERR_FS_EISDIR: 'Path is a directory',
  ERR_FS_CP_EINVAL: 'Invalid src or dest',
  ERR_FS_CP_DIR_TO_NON_DIR: 'Cannot overwrite non-directory with directory',
  ERR_FS_CP_NON_DIR_TO_DIR: 'Cannot overwrite directory with non-directory',
  ERR_FS_CP_EEXIST: 'Target already exists',
  ERR_FS_CP_FIFO_PIPE: 'Cannot copy a FIFO pipe',
  ERR_FS_CP_SOCKET: 'Cannot copy a socket file',
  ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY: 'Cannot overwrite symlink in subdirectory of self',
  ERR_FS_CP_UNKNOWN: 'Cannot copy an unknown file type',
};

class SystemError extends Error {
  constructor(code, info) {
    let message = `${systemMessages[code]}: ${info.syscall} returned ${info.code} (${info.message})`;
    if (info.path !== undefined) message += ` ${info.path}`;
    if (info.dest !== undefined) message += ` => ${info.dest}`;
    super(message);
    Object.defineProperty(this, 'name', { value: 'SystemError', configurable: true, writable: true });
    this.code = code;
    this.info = info;
    this.errno = info.errno;
    this.syscall = info.syscall;
    if (info.path !== undefined) this.path = info.path;
    if (info.dest !== undefined) this.dest = info.dest;
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

// errno values (positive, as SystemError reports them) of the codes used.
const errnos = { EISDIR: 21, EINVAL: 22, ENOTDIR: 20, EEXIST: 17 };

function systemError(code, errCode, syscall, message, path, dest) {
  return new SystemError(code, {
    code: errCode, message, path, dest, syscall, errno: errnos[errCode],
  });
}

module.exports = { codes, AbortError: extra.AbortError, SystemError, systemError };
