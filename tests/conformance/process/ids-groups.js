// uid/gid getters agree with os.userInfo; groups contain the effective gid.
const os = require('os');
const ids = [process.getuid(), process.geteuid(), process.getgid(), process.getegid()];
console.log(ids.every(Number.isInteger));
console.log(process.getuid() === os.userInfo().uid);
const groups = process.getgroups();
console.log(Array.isArray(groups), groups.includes(process.getegid()), groups.every(Number.isInteger));
