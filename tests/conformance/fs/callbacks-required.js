'use strict';
const { fs, p, tryIt } = require('./_helper');
fs.writeFileSync(p('f'), '');
const f = p('f');
const calls = {
  access: () => fs.access(f),
  appendFile: () => fs.appendFile(f, 'x'),
  chmod: () => fs.chmod(f, 0o644),
  copyFile: () => fs.copyFile(f, p('g')),
  exists: () => fs.exists(f),
  fstat: () => fs.fstat(0),
  link: () => fs.link(f, p('h')),
  lstat: () => fs.lstat(f),
  mkdir: () => fs.mkdir(p('d')),
  mkdtemp: () => fs.mkdtemp(p('t-')),
  open: () => fs.open(f),
  opendir: () => fs.opendir(p()),
  readdir: () => fs.readdir(p()),
  readFile: () => fs.readFile(f),
  readlink: () => fs.readlink(f),
  realpath: () => fs.realpath(f),
  rename: () => fs.rename(f, p('i')),
  rmdir: () => fs.rmdir(p('d')),
  stat: () => fs.stat(f),
  symlink: () => fs.symlink(f, p('j')),
  unlink: () => fs.unlink(p('k')),
  utimes: () => fs.utimes(f, 1, 1),
  writeFile: () => fs.writeFile(f, 'x'),
  'stat with string cb': () => fs.stat(f, 'nope'),
  'readFile with null cb': () => fs.readFile(f, 'utf8', null),
};
for (const [name, fn] of Object.entries(calls)) tryIt(name, fn);
