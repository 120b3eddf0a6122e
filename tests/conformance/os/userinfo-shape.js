// os.userInfo(): null-prototype {uid, gid, username, homedir, shell} matching process ids.
const os = require('os');
const u = os.userInfo();
console.log(Object.getPrototypeOf(u) === null);
console.log(Object.keys(u));
console.log(typeof u.uid, typeof u.gid, typeof u.username, typeof u.homedir, typeof u.shell);
console.log(u.uid === process.getuid(), u.gid === process.getgid());
console.log(os.userInfo({ encoding: 'utf8' }).username === u.username);
console.log(os.userInfo(null).username === u.username);
