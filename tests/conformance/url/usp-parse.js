// Parsing: '+' is space, malformed escapes stay, invalid UTF-8 becomes U+FFFD.
const cases = ['a+b=c+d', 'a%2Bb=%2b', '%zz=%', '%4=%41%4', 'x=%E2%82', 'x=%E2%82%AC', 'x=%C3%28', 'x=%F0%9F%98%80',
  'x=%FF%FE', 'x=%ED%A0%80', 'ü=ö', '=', '==', 'a==b', '&', 'k=v=w'];
for (const c of cases) {
  console.log(JSON.stringify(c), JSON.stringify([...new URLSearchParams(c)]));
}
