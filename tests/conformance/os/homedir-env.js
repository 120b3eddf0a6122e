// os.homedir(): $HOME when set, else the passwd entry.
const os = require('os');
process.env.HOME = '/some/home';
console.log(os.homedir());
delete process.env.HOME;
console.log(os.homedir() === os.userInfo().homedir);
