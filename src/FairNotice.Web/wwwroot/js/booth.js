// The voting booth: exponential ElGamal on P-256 with disjunctive Chaum–Pedersen proofs, byte for byte the
// construction of src/FairNotice.Domain/Elections (Group.Hash, RangeProof, BallotEncryptor), so the server and
// `fairnotice election verify` check what this file produces. Nonces never leave this page.
// Each ballot is signed here with the delegation's credential from the credential authority (ECDSA P-256, SHA-256,
// low s: BallotSignature in the Domain); the secret is read from the file or the typed lines and never sent.
import { p256 } from '/lib/noble-curves/nist.js';
import { sha256 } from '@noble/hashes/sha2.js';

const P = p256.Point;
const n = P.Fn.ORDER;
const G = P.BASE;
const mod = (a) => ((a % n) + n) % n;
const hexPoint = (p) => (p.equals(P.ZERO) ? '00' : p.toHex(true));
const hexScalar = (k) => k.toString(16).padStart(64, '0');
const mul = (p, k) => { k = mod(k); return k === 0n ? P.ZERO : p.multiply(k); };

function randomScalar() {
  const bytes = crypto.getRandomValues(new Uint8Array(40));
  let k = 0n;
  for (const b of bytes) k = (k << 8n) | BigInt(b);
  k = mod(k);
  return k === 0n ? randomScalar() : k;
}

// Each part as UTF-8 text prefixed by its length as a 32-bit little-endian integer (the encoding of H and of the
// signed ballot message).
function encodeParts(parts) {
  const enc = new TextEncoder();
  const chunks = [];
  for (const part of parts) {
    const bytes = enc.encode(String(part));
    const len = new Uint8Array(4);
    new DataView(len.buffer).setInt32(0, bytes.length, true);
    chunks.push(len, bytes);
  }
  const data = new Uint8Array(chunks.reduce((s, c) => s + c.length, 0));
  let at = 0;
  for (const c of chunks) { data.set(c, at); at += c.length; }
  return data;
}

// H(parts…) mod q: each part as text (points compressed hex, scalars 64 hex digits, numbers decimal), UTF-8, prefixed
// by its length as a 32-bit little-endian integer.
function hash(...parts) {
  const enc = new TextEncoder();
  const chunks = [];
  for (const part of parts) {
    const text = part instanceof P ? hexPoint(part) : typeof part === 'bigint' ? hexScalar(part) : String(part);
    const bytes = enc.encode(text);
    const len = new Uint8Array(4);
    new DataView(len.buffer).setInt32(0, bytes.length, true);
    chunks.push(len, bytes);
  }
  const data = new Uint8Array(chunks.reduce((s, c) => s + c.length, 0));
  let at = 0;
  for (const c of chunks) { data.set(c, at); at += c.length; }
  let h = 0n;
  for (const b of sha256(data)) h = (h << 8n) | BigInt(b);
  return mod(h);
}

function encrypt(m, key, r) {
  return { alpha: mul(G, r), beta: mul(G, BigInt(m)).add(mul(key, r)) };
}

// a = u·G − c·α ; b = u·K − c·(β − j·G)
function commitments(alpha, beta, key, j, c, u) {
  const shifted = j === 0 ? beta : beta.subtract(mul(G, BigInt(j)));
  return [mul(G, u).add(mul(alpha, -c)), mul(key, u).add(mul(shifted, -c))];
}

function prove(ct, m, r, limit, key, context) {
  const challenges = new Array(limit + 1);
  const responses = new Array(limit + 1);
  const parts = [context, key, ct.alpha, ct.beta];
  const v = randomScalar();
  for (let j = 0; j <= limit; j++) {
    if (j === m) { parts.push(mul(G, v), mul(key, v)); continue; }
    challenges[j] = randomScalar();
    responses[j] = randomScalar();
    parts.push(...commitments(ct.alpha, ct.beta, key, j, challenges[j], responses[j]));
  }
  const total = hash(...parts);
  const others = challenges.reduce((s, c, j) => (j === m ? s : s + c), 0n);
  challenges[m] = mod(total - others);
  responses[m] = mod(v + challenges[m] * r);
  return { challenges: challenges.map(hexScalar), responses: responses.map(hexScalar) };
}

const form = document.getElementById('booth');

const hex = (bytes) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

// The delegation's secret credential, from its file (JSON) or the printed lines typed back; checked against the public
// key the roll publishes for this member, so a mistyped or foreign credential is caught before anything is sent.
async function readCredential(d) {
  const file = document.getElementById('credential-file')?.files?.[0];
  const typed = file ? await file.text() : document.getElementById('credential-text')?.value ?? '';
  let secret = null;
  if (typed.trim().startsWith('{')) {
    try { secret = JSON.parse(typed).secretKey ?? null; } catch { secret = null; }
  } else {
    const line = typed.split('\n').find((l) => l.trim().toLowerCase().startsWith('secret:'));
    secret = line ? line.slice(line.indexOf(':') + 1).replace(/[^0-9a-fA-F]/g, '').toLowerCase() : null;
  }
  // Nothing given says how to give it; something given that is not a 64-digit secret says to check what was typed.
  if (!typed.trim()) throw new Error(text('errorCredentialMissing'));
  if (!secret || secret.length !== 64) throw new Error(text('errorCredentialInvalid'));
  const key = Uint8Array.from(secret.match(/../g).map((b) => parseInt(b, 16)));
  let publicKey;
  try { publicKey = hex(p256.getPublicKey(key, true)); } catch { throw new Error(text('errorCredentialInvalid')); }
  if (publicKey !== d.credential) throw new Error(text('errorCredentialForeign', d.voter));
  return key;
}

// The signed message: BallotSignature.Message in the Domain.
function signBallot(ballot, baseHash, key) {
  const proofParts = (p) => [p.challenges.length, ...p.challenges, p.responses.length, ...p.responses];
  const parts = ['fairnotice ballot signature v1', baseHash, ballot.contestId, ballot.voter, ballot.supersedes ?? '', ballot.selections.length];
  for (const s of ballot.selections) parts.push(s.candidateId, s.ciphertext.alpha, s.ciphertext.beta, ...proofParts(s.proof));
  parts.push('contest', ...proofParts(ballot.contestProof));
  return hex(p256.sign(encodeParts(parts), key, { lowS: true, prehash: true }));
}

// Encrypts the selected choice; keeps the nonces, which leave the page only when the voter challenges this encryption.
function buildBallot(d) {
  const key = P.fromHex(d.key);
  const choice = new FormData(form).get('choice') || null;
  const candidates = [...form.querySelectorAll('[data-candidate]')].map((e) => e.dataset.candidate);
  const context = (candidate) => `${d.baseHash}|${d.contest}|${d.voter}|${candidate}`;
  let rTotal = 0n;
  let sum = null;
  const nonces = [];
  const selections = candidates.map((id) => {
    const m = id === choice ? 1 : 0;
    const r = randomScalar();
    nonces.push(hexScalar(r));
    rTotal = mod(rTotal + r);
    const ct = encrypt(m, key, r);
    sum = sum === null ? ct : { alpha: sum.alpha.add(ct.alpha), beta: sum.beta.add(ct.beta) };
    return { candidateId: id, ciphertext: { alpha: hexPoint(ct.alpha), beta: hexPoint(ct.beta) }, proof: prove(ct, m, r, 1, key, context(id)) };
  });
  const contestProof = prove(sum, choice ? 1 : 0, rTotal, Number(d.limit), key, context('contest'));
  return { ballot: { contestId: d.contest, voter: d.voter, selections, contestProof, supersedes: d.supersedes || null }, nonces, choice };
}

// The server's refusal is shown in the page's language, from its stable code (problem details' "code"): the page
// carries one sentence per code the booth can meet (data-text-error-*), and a general one for any other.
async function post(url, payload) {
  let response;
  try {
    response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload), credentials: 'same-origin' });
  } catch {
    throw new Error(text('errorNetwork'));
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const known = typeof body.code === 'string' ? text(errorName(body.code)) : '';
    throw new Error(known || text('errorServer', response.status));
  }
  return body;
}

// "ballot.own_member_only" → "errorBallotOwnMemberOnly" (the dataset name of data-text-error-ballot-own-member-only).
const errorName = (code) => 'error' + code.split(/[._]/).map((w) => w[0].toUpperCase() + w.slice(1)).join('');

const confirmPanel = document.getElementById('cast-confirm');

// A sentence of the page's language, from the booth's data-text-* attributes, with {0}, {1} filled in.
function text(name, ...values) {
  const template = form.dataset['text' + name[0].toUpperCase() + name.slice(1)] ?? '';
  return template.replace(/\{(\d)\}/g, (_, i) => values[Number(i)] ?? '');
}

// Nothing is chosen for the voter (not even the blank ballot): a cast or a check without a choice is refused in the page.
function chosen() {
  return form.querySelector('input[name=choice]:checked') !== null;
}

// Casting asks first, in the page: whom the ballot goes to and that it cannot be taken back once the ballot closes.
// A missing choice or an unusable credential is said before the question, not after it.
async function askToConfirm() {
  const error = document.getElementById('booth-error');
  error.textContent = '';
  try {
    if (!chosen()) throw new Error(text('errorChoiceMissing'));
    await readCredential(form.dataset);
  } catch (e) {
    error.textContent = text('castFailed', e.message);
    return;
  }
  const picked = form.querySelector('input[name=choice]:checked');
  const label = picked?.value ? picked.closest('label').textContent.trim() : null;
  const post = form.dataset.post;
  // The sentences come from the page, in its language ({0} the candidate, {1} the post).
  document.getElementById('cast-confirm-text').textContent = label
    ? text('castFor', label, post)
    : text('castBlank', post);
  confirmPanel.hidden = false;
  form.querySelectorAll('button').forEach((b) => { b.disabled = true; });
  document.getElementById('cast-confirm-yes').focus();
}

function closeConfirm() {
  confirmPanel.hidden = true;
  form.querySelectorAll('button').forEach((b) => { b.disabled = false; });
}

async function run(challenge) {
  const d = form.dataset;
  const error = document.getElementById('booth-error');
  error.textContent = '';
  form.querySelectorAll('button').forEach((b) => { b.disabled = true; });
  try {
    const { ballot, nonces, choice } = buildBallot(d);
    const base = `/api/elections/${d.election}/rounds/${d.order}`;
    // Only a cast ballot is signed: a challenge is never counted.
    if (!challenge) ballot.signature = signBallot(ballot, d.baseHash, await readCredential(d));
    if (challenge) {
      const result = await post(`${base}/challenges`, { ballot, choice, nonces });
      const audit = document.getElementById('challenge-result');
      audit.textContent = text('challenged', result.choiceName, result.code);
      audit.hidden = false;
    } else {
      const body = await post(`${base}/ballots`, ballot);
      document.getElementById('tracking-code').textContent = body.trackingCode;
      const lookup = document.getElementById('receipt-board');
      lookup.href = `/Elections/${encodeURIComponent(d.election)}/Board/${d.order}?Code=${body.trackingCode}`;
      const receipt = document.getElementById('receipt');
      receipt.hidden = false;
      form.hidden = true;
      receipt.focus(); // the form (and the focused button) is gone: keyboard and screen-reader users land on the receipt
    }
  } catch (e) {
    error.textContent = text(challenge ? 'challengeFailed' : 'castFailed', e.message);
  } finally {
    form.querySelectorAll('button').forEach((b) => { b.disabled = false; });
  }
}

form?.addEventListener('submit', (event) => {
  event.preventDefault();
  if (event.submitter?.dataset.action === 'challenge') {
    if (!chosen()) {
      document.getElementById('booth-error').textContent = text('challengeFailed', text('errorChoiceMissing'));
      return;
    }
    run(true);
  } else {
    askToConfirm();
  }
});

// Changing the choice withdraws the question: what is confirmed is always what is shown.
form?.addEventListener('change', () => { if (!confirmPanel.hidden) closeConfirm(); });
document.getElementById('cast-confirm-no')?.addEventListener('click', closeConfirm);
document.getElementById('cast-confirm-yes')?.addEventListener('click', async () => {
  confirmPanel.hidden = true;
  await run(false);
});

// The receipt's code copied for the delegation's records (the board link finds it again).
document.getElementById('receipt-copy')?.addEventListener('click', async (event) => {
  try {
    await navigator.clipboard.writeText(document.getElementById('tracking-code').textContent);
    event.target.textContent = text('copied');
  } catch {
    event.target.textContent = text('copyFailed');
  }
});

// Ready: the buttons come alive only now that encryption is available.
form?.querySelectorAll('button').forEach((b) => { b.disabled = false; });
form?.setAttribute('data-ready', 'true');
