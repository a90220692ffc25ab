// Issue 17: a recommendation addresses several actors, and the tracker records each one's dated
// response with its evidence; the scorecard viewed for one actor is read as that actor's. Editors
// record several actors' responses in one save, with and without JavaScript; readers see them per actor on the recommendation's
// page, on /recommendations?actor=… in English and Korean, and in the API.
// Recommendation 10 (the ROK and the EU): no later spec (tracker-upkeep, tracker, workbench)
// asserts its history or responses; earlier ones (api-openapi, no-javascript) only save reviews on it.
import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { catalogues } from '../../lib/i18n/messages';
import { editorPage } from './support/editor';

const { en, ko } = catalogues;
const words = en.trackerResponses;
const NOTE = /Note \(required\)/;
const EU_POSITION = 'The EU is open to Korean participation in joint procurement under SAFE, case by case.';
const EU_POSITION_KO = 'EU는 SAFE에 따른 공동 조달에 한국이 사안별로 참여하는 데 열려 있다.';
const EU_EVIDENCE = 'https://www.eeas.europa.eu/eeas/eu-rok-security-defence-partnership_en';
const ROK_POSITION = 'The ROK government seeks a security of supply arrangement with the EU.';
const ROK_EVIDENCE = 'https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=1';
const EU_LATER = 'The EU repeated its openness in a written reply.';


const save = async (page: Page) => {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForLoadState('load');
};

/** An actor's response fold: one per actor the recommendation addresses. */
const fold = (page: Page, actor: string) => page.getByTestId(`response-${actor}`);

/** Opens an actor's response fold and fills it. */
async function fillResponse(page: Page, actor: string, response: { on: string; position: string; positionKo?: string; evidence: string }) {
  const fold = page.getByTestId(`response-${actor}`);
  if ((await fold.getAttribute('open')) === null) await fold.locator('summary').click();
  await fold.getByLabel(words.respondedOn).fill(response.on);
  await fold.getByLabel(words.position).fill(response.position);
  if (response.positionKo) await fold.getByLabel(words.positionKo).fill(response.positionKo);
  await fold.getByLabel(words.evidence).fill(response.evidence);
}

const card = (page: Page) => page.locator('[data-number="10"]').getByTestId('latest-response');

test('an editor records a response; a day to come is refused with the typing kept; readers see it per actor, in both languages and in the API', async ({ browser, page }) => {
  const editor = await editorPage(browser);
  await editor.goto('/recommendations/10');
  // One fold per actor the recommendation addresses, and only those.
  await expect(editor.getByTestId('responses-form').locator('details[data-testid^="response-"] > summary')).toHaveText(['Response of ROK government', 'Response of EU']);

  await fillResponse(editor, 'eu', { on: '2099-01-01', position: EU_POSITION, positionKo: EU_POSITION_KO, evidence: EU_EVIDENCE });
  await editor.getByLabel(NOTE).fill('The EU answered at the partnership dialogue.');
  await save(editor);
  await expect(fold(editor, 'eu').getByText(en.formErrors.futureResponse)).toBeVisible();
  await expect(fold(editor, 'eu').getByLabel(words.position)).toHaveValue(EU_POSITION);
  await expect(fold(editor, 'eu').getByLabel(words.evidence)).toHaveValue(EU_EVIDENCE);
  // The folds, one refused, pass axe: each field labelled, each error tied to its field.
  const axe = await new AxeBuilder({ page: editor }).include('[data-testid="responses-form"]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await expect(editor.getByLabel(NOTE)).toHaveValue('The EU answered at the partnership dialogue.');

  await fold(editor, 'eu').getByLabel(words.respondedOn).fill('2026-03-03');
  await save(editor);
  await expect(editor.getByRole('status').filter({ hasText: en.tracker.saved })).toBeVisible();

  // The recommendation's page: under the EU, dated, with its source; the ROK has none yet; one history entry says so.
  await page.goto('/recommendations/10');
  const eu = page.getByTestId('responses').locator('[data-actor="eu"]');
  await expect(eu).toContainText('3 March 2026');
  await expect(eu).toContainText(EU_POSITION);
  await expect(eu.getByRole('link', { name: new RegExp(words.source) })).toHaveAttribute('href', EU_EVIDENCE);
  await expect(page.getByTestId('responses').locator('[data-actor="rok"]')).toContainText(words.none);
  await expect(page.getByTestId('history').locator('> li').first()).toContainText(`Response — EU, 3 March 2026: ${EU_POSITION}`);
  await page.goto('/ko/recommendations/10');
  await expect(page.getByTestId('responses').locator('[data-actor="eu"]')).toContainText(EU_POSITION_KO);
  await expect(page.getByTestId('history').locator('> li').first()).toContainText(`${ko.tracker.kind.response} — EU, 2026년 3월 3일: ${EU_POSITION_KO}`);

  // The scorecard read as the EU's, in English and in Korean; as the ROK's, none recorded.
  await page.goto('/recommendations?actor=eu');
  await expect(card(page)).toContainText('Latest response (EU)');
  await expect(card(page)).toContainText(`3 March 2026 — ${EU_POSITION}`);
  await page.goto('/ko/recommendations?actor=eu');
  await expect(card(page)).toContainText(`2026년 3월 3일 — ${EU_POSITION_KO}`);
  await page.goto('/ko/recommendations?actor=rok');
  await expect(card(page)).toContainText(ko.trackerResponses.none);
  // A view of several actors, or none, is no one actor's: no latest response.
  await page.goto('/recommendations');
  await expect(card(page)).toHaveCount(0);

  const api = await (await page.request.get('/api/recommendations/10')).json();
  expect(api.responses).toEqual([expect.objectContaining({ actor: 'eu', respondedOn: '2026-03-03', position: EU_POSITION, positionKo: EU_POSITION_KO, evidenceUrl: EU_EVIDENCE, retiredAt: null })]);
  expect(api.history[0].changes).toEqual([expect.objectContaining({ kind: 'response', response: api.responses[0].id, to: 'eu', effectiveAt: '2026-03-03T00:00:00.000Z' })]);
});

test('without JavaScript, an editor records two actors’ responses in one save, each refusal on its own fields with everything kept, and retires a mistaken one; the scorecard follows', async ({ browser, page }) => {
  const editor = await editorPage(browser, false);
  await editor.goto('/recommendations/10');
  const before = (await (await page.request.get('/api/recommendations/10')).json()).version;
  // The ROK's response, and a second EU one with no source: refused on the EU's fields, the ROK's kept.
  await fillResponse(editor, 'rok', { on: '2026-02-01', position: ROK_POSITION, evidence: ROK_EVIDENCE });
  await fillResponse(editor, 'eu', { on: '2026-02-02', position: EU_LATER, evidence: '' });
  await editor.getByLabel(NOTE).fill('The ROK position, from the foreign ministry, and the EU’s reply.');
  await save(editor);
  await expect(fold(editor, 'eu').getByText(en.formErrors.required)).toBeVisible();
  await expect(fold(editor, 'rok').getByText(en.formErrors.required)).toHaveCount(0);
  await expect(fold(editor, 'rok').getByLabel(words.position)).toHaveValue(ROK_POSITION);
  await expect(fold(editor, 'rok').getByLabel(words.evidence)).toHaveValue(ROK_EVIDENCE);
  await expect(fold(editor, 'eu').getByLabel(words.position)).toHaveValue(EU_LATER);
  await expect(editor.getByLabel(NOTE)).toHaveValue('The ROK position, from the foreign ministry, and the EU’s reply.');
  await fold(editor, 'eu').getByLabel(words.evidence).fill(EU_EVIDENCE);
  await save(editor);
  await expect(editor.getByRole('status').filter({ hasText: en.tracker.saved })).toBeVisible();

  // One save, one version, one history entry listing both responses.
  const saved = await (await page.request.get('/api/recommendations/10')).json();
  expect(saved.version).toBe(before + 1);
  expect(saved.history[0].changes.map((c: { kind: string; to: string }) => [c.kind, c.to])).toEqual([
    ['response', 'rok'],
    ['response', 'eu'],
  ]);
  await page.goto('/recommendations/10');
  await expect(page.getByTestId('history').locator('> li').first()).toContainText(`Response — ROK government, 1 February 2026: ${ROK_POSITION}`);
  await expect(page.getByTestId('history').locator('> li').first()).toContainText(`Response — EU, 2 February 2026: ${EU_LATER}`);

  await page.goto('/recommendations?actor=rok');
  await expect(card(page)).toContainText(`1 February 2026 — ${ROK_POSITION}`);
  // No Korean text was given: the Korean page shows the English, marked as such.
  await page.goto('/ko/recommendations?actor=rok');
  await expect(card(page)).toContainText('2026년 2월 1일');
  await expect(card(page).locator('[lang="en"]')).toHaveText(ROK_POSITION);

  // The EU's responses were recorded by mistake: retired, kept apart and struck, no longer the EU's latest.
  await editor.goto('/recommendations/10');
  await editor.getByTestId('response-retire').getByText(words.retire).click();
  await editor.getByRole('checkbox', { name: new RegExp(`^EU, 3 March 2026: `) }).check();
  await editor.getByRole('checkbox', { name: new RegExp(`^EU, 2 February 2026: `) }).check();
  await editor.getByLabel(NOTE).fill('Recorded by mistake: the EU statement was a draft.');
  await save(editor);
  await expect(editor.getByRole('status').filter({ hasText: en.tracker.saved })).toBeVisible();

  await page.goto('/recommendations/10');
  await expect(page.getByTestId('responses').locator('[data-actor="eu"]')).toContainText(words.none);
  await expect(page.getByTestId('retired-responses')).toContainText(EU_POSITION);
  await expect(page.getByTestId('retired-responses')).toContainText(EU_LATER);
  await expect(page.getByTestId('history').locator('> li').first()).toContainText(`Response retired — EU, 3 March 2026: ${EU_POSITION}`);
  await page.goto('/recommendations?actor=eu');
  await expect(card(page)).toContainText(words.none);
  await page.goto('/ko/recommendations?actor=eu');
  await expect(card(page)).toContainText(ko.trackerResponses.none);

  const api = await (await page.request.get('/api/recommendations/10')).json();
  expect(api.responses.map((r: { actor: string; retiredAt: string | null }) => [r.actor, r.retiredAt === null])).toEqual([
    ['eu', false],
    ['eu', false],
    ['rok', true],
  ]);
});

test('the API records a response with the same rules: an actor the recommendation does not address is refused; a stale save names it', async ({ browser }) => {
  const editor = await editorPage(browser);
  const { version } = await (await editor.request.get('/api/recommendations/10')).json();
  const response = { actor: 'nato', respondedOn: '2026-03-04', position: 'NATO is not addressed here.', evidenceUrl: 'https://www.nato.int/' };
  const refused = await editor.request.patch('/api/recommendations/10', { data: { expectedVersion: version, note: 'A NATO response.', addResponses: [response] } });
  expect(refused.status()).toBe(422);
  expect((await refused.json()).fieldErrors.addResponses[0]).toMatch(/does not address “nato”/);
  const saved = await editor.request.patch('/api/recommendations/10', { data: { expectedVersion: version, note: 'The EU again.', addResponses: [{ ...response, actor: 'eu', position: 'The EU confirmed its openness.' }] } });
  expect(saved.status()).toBe(200);
  const api = await (await editor.request.get('/api/recommendations/10')).json();
  expect(api.responses[0]).toMatchObject({ actor: 'eu', respondedOn: '2026-03-04', position: 'The EU confirmed its openness.', retiredAt: null });
  expect(api.responses.some((r: { actor: string }) => r.actor === 'nato')).toBe(false);
  // A stale save names the response recorded meanwhile.
  const stale = await editor.request.patch('/api/recommendations/10', { data: { expectedVersion: version, note: 'A stale save.' } });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).since).toEqual([expect.objectContaining({ kind: 'response', response: api.responses[0].id, toValue: 'eu' })]);
});
