// A write through the API must say it sends JSON: a text/plain or form post, which any site can
// make a browser send without asking, is refused with 415 before the body is read.
import { describe, expect, it } from 'vitest';
import { isJsonContentType, readJsonBody } from '@/lib/api';

const body = JSON.stringify({ expectedVersion: 1, note: 'A change' });
const patch = (contentType: string | null, text = body) =>
  new Request('http://ties.test/api/recommendations/4', { method: 'PATCH', body: text, headers: contentType === null ? {} : { 'Content-Type': contentType } });

describe('readJsonBody', () => {
  it.each(['application/json', 'application/json; charset=utf-8', 'Application/JSON;charset=UTF-8', 'application/json; charset="utf-8"', 'application/json ;  charset = utf-8'])('reads a body sent as %s', async (type) => {
    expect(await readJsonBody(patch(type))).toEqual({ ok: true, body: { expectedVersion: 1, note: 'A change' } });
  });

  it.each(['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/json', 'application/jsonp', 'application/json-patch+json', 'application/json; charset=iso-8859-1', 'application/json; boundary=x', 'application/json, text/plain', ''])('refuses %j with 415, leaving the body unread', async (type) => {
    const request = patch(type);
    const result = await readJsonBody(request);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.response.status).toBe(415);
    expect(result.response.headers.get('Accept-Patch')).toBe('application/json');
    expect(await result.response.json()).toEqual({ error: expect.stringMatching(/Content-Type: application\/json/), accepted: ['application/json'] });
    expect(request.bodyUsed).toBe(false);
  });

  it('refuses a body without a Content-Type', async () => {
    // fetch gives a string body text/plain by itself; a Blob without a type gets no header at all.
    const request = new Request('http://ties.test/api/recommendations/4', { method: 'PATCH', body: new Blob([body]) });
    expect(request.headers.get('content-type')).toBeNull();
    const result = await readJsonBody(request);
    expect(result.ok ? 200 : result.response.status).toBe(415);
  });

  it('still answers 413 and 400 for JSON that is too large or malformed', async () => {
    const huge = await readJsonBody(patch('application/json', JSON.stringify({ note: 'x'.repeat(20_000) })));
    expect(huge.ok ? 200 : huge.response.status).toBe(413);
    const broken = await readJsonBody(patch('application/json', '{oops'));
    expect(broken.ok ? 200 : broken.response.status).toBe(400);
  });
});

describe('isJsonContentType', () => {
  it('is false for no header at all', () => {
    expect(isJsonContentType(null)).toBe(false);
  });
});
