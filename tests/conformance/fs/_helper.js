'use strict';
// Shared by the fs tests: a fresh temp dir, printing with that dir hidden,
// and error summaries without engine-specific text.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));

function clean(v) {
  return typeof v === 'string' ? v.split(dir).join('<tmp>') : v;
}

function p(...parts) {
  return path.join(dir, ...parts);
}

// name, code, message, syscall, errno, path and dest of an error.
function err(e) {
  const out = [e.name, e.code, clean(e.message)];
  if (e.syscall !== undefined) out.push(`syscall=${e.syscall}`);
  if (e.errno !== undefined) out.push(`errno=${e.errno}`);
  if (e.path !== undefined) out.push(`path=${clean(String(e.path))}`);
  if (e.dest !== undefined) out.push(`dest=${clean(String(e.dest))}`);
  return out.join(' | ');
}

function tryIt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', typeof r === 'string' ? clean(r) : r);
  } catch (e) {
    console.log(label, 'throws', err(e));
  }
}

async function tryAsync(label, fn) {
  try {
    const r = await fn();
    console.log(label, 'ok', typeof r === 'string' ? clean(r) : r);
  } catch (e) {
    console.log(label, 'rejects', err(e));
  }
}

function cleanup() {
  fs.rmSync(dir, { recursive: true, force: true });
}

process.on('exit', cleanup);

module.exports = { fs, path, dir, p, clean, err, tryIt, tryAsync, cleanup };
