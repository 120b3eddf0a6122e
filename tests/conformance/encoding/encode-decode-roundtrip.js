// TextEncoder output equals Buffer's utf8, and TextDecoder inverts it.
const enc = new TextEncoder();
const dec = new TextDecoder();
const samples = ['', 'ascii', 'ÿ', '€', '😀', 'a\u0000b', '\ud800', '\udfff\ud800', 'x'.repeat(300) + '😀'];
for (const s of samples) {
  const bytes = enc.encode(s);
  const round = dec.decode(bytes);
  console.log(JSON.stringify(s.slice(0, 8)), bytes.length, Buffer.from(s).equals(bytes),
    round === s, JSON.stringify(round.slice(-2)));
}
