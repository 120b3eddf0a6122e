'use strict';
const fs = require('fs');
const c = fs.constants;
console.log(Object.getPrototypeOf(c));
for (const k of ['O_RDONLY', 'O_WRONLY', 'O_RDWR', 'O_CREAT', 'O_EXCL', 'O_NOCTTY', 'O_TRUNC',
  'O_APPEND', 'O_DSYNC', 'O_NONBLOCK', 'O_SYNC', 'O_NOATIME',
  'S_IFMT', 'S_IFREG', 'S_IFDIR', 'S_IFCHR', 'S_IFBLK', 'S_IFIFO', 'S_IFLNK', 'S_IFSOCK',
  'S_IRWXU', 'S_IRUSR', 'S_IWUSR', 'S_IXUSR', 'S_IRWXG', 'S_IRGRP', 'S_IWGRP', 'S_IXGRP',
  'S_IRWXO', 'S_IROTH', 'S_IWOTH', 'S_IXOTH', 'F_OK', 'R_OK', 'W_OK', 'X_OK',
  'COPYFILE_EXCL', 'COPYFILE_FICLONE', 'COPYFILE_FICLONE_FORCE', 'UV_FS_COPYFILE_EXCL',
  'UV_DIRENT_UNKNOWN', 'UV_DIRENT_FILE', 'UV_DIRENT_DIR', 'UV_DIRENT_LINK', 'UV_DIRENT_FIFO',
  'UV_DIRENT_SOCKET', 'UV_DIRENT_CHAR', 'UV_DIRENT_BLOCK', 'UV_FS_SYMLINK_DIR',
  'UV_FS_SYMLINK_JUNCTION', 'UV_FS_O_FILEMAP']) {
  console.log(k, c[k]);
}
console.log(typeof c.O_DIRECTORY, typeof c.O_NOFOLLOW, typeof c.O_DIRECT);
