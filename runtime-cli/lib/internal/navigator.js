'use strict';
// The `navigator` global, as much of it as Node has.

class Navigator {
  get hardwareConcurrency() {
    return binding.os.availableParallelism();
  }

  get language() {
    return 'en-US';
  }

  get languages() {
    return ['en-US'];
  }

  get platform() {
    return `${process.platform}`;
  }

  get userAgent() {
    return `Node.js/${process.version.slice(1).split('.')[0]}`;
  }
}
Object.defineProperty(Navigator.prototype, Symbol.toStringTag, { value: 'Navigator' });

module.exports = { navigator: new Navigator(), Navigator };
