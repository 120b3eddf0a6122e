// Shape of the url module.
const url = require('url');
console.log(Object.keys(url).join(','));
console.log(url.URL === URL, url.URLSearchParams === URLSearchParams);
console.log(typeof url.Url, typeof url.Url.prototype.parse, typeof url.Url.prototype.format);
console.log(new url.Url());
