// process.kill failures: libuv-style errors ("kill ESRCH", errno, code, syscall).
for (const [pid, sig] of [[2147483646, 0], [process.pid, 999], [process.pid, -1]]) {
  try {
    process.kill(pid, sig);
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.message, e.code, e.errno, e.syscall, Object.keys(e));
  }
}
