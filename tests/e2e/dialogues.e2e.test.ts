import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../api/src/seeding/seed.service.js';
import { ARTEFACTS, browserSession, signIn, textWhen } from './support/browser.js';
import { dateField, fillDate } from './support/dates.js';

const session = browserSession('demo');

const goal6 = () => textWhen(session.page.locator('.goal-status li'), 'Mål 6');

describe('a dialogue lead documents a 2025 dialogue', () => {
  it('sees in the year overview what 2025 still lacks', async () => {
    await signIn(session.page, session.registry.url, 'dialog@nrf.example', DEMO_PASSWORD);
    await session.page.getByRole('link', { name: 'Dialoger' }).click();
    await session.page.getByLabel(/^År/).selectOption('2025');
    expect(await goal6()).toMatch(/Inte uppnått\s*\(4 av 12 besvarade\)/);
  });

  it('logs the dialogue with answers and an action; the draft survives a reload', async () => {
    const row = session.page.getByRole('row', { name: /Primärvård/ });
    await row.getByRole('link', { name: 'Logga dialog' }).click();
    await session.page.getByRole('heading', { level: 1, name: /Uppföljningsdialog 2025 med/ }).waitFor();
    await fillDate(dateField(session.page, 'Dialog hållen'), '2025-10-15');
    const answers = session.page.locator('textarea');
    await answers.first().fill('Vårdförloppen följs upp i primärvårdens ledningsgrupp varje kvartal.');
    await session.page.reload();
    expect(await session.page.locator('textarea').first().inputValue()).toBe(
      'Vårdförloppen följs upp i primärvårdens ledningsgrupp varje kvartal.',
    );

    await session.page
      .getByRole('group', { name: 'Deltagare (medlemmar på dagen)' })
      .getByRole('checkbox')
      .first()
      .check();
    const questions = await session.page.getByRole('group', { name: 'Svar på årets frågor' }).locator('textarea').all();
    expect(questions).toHaveLength(3);
    for (const question of questions.slice(1)) await question.fill('Samverkan sker i den gemensamma arbetsgruppen.');
    await session.page.getByRole('button', { name: 'Lägg till åtgärd' }).click();
    await session.page.getByLabel('Åtgärd', { exact: true }).fill('Redovisa uppföljningen av regionavtalet');
    await session.page.getByLabel('Ansvarig').fill('Processledaren');
    await fillDate(dateField(session.page, 'Klart senast'), '2026-03-31');
    await session.page.screenshot({ path: join(ARTEFACTS, 'dialogue-form.png'), fullPage: true });
    await session.page.getByRole('button', { name: 'Spara dialogen' }).click();
  });

  it('sees the coverage matrix and the goal status change', async () => {
    expect(await goal6()).toMatch(/\(5 av 12 besvarade\)/);
    // a body row: the headings now carry the questions' text, which may mention primärvård too
    const row = await textWhen(session.page.locator('table.matrix tbody tr'), 'Primärvård');
    expect(row).toContain('2025-10-15');
    expect(row).not.toContain('Saknas');
    const coverage = await session.registry.request<{ dialogueCoverage: { answered: number } }>(
      '{ dialogueCoverage(year: 2025, questionKey: "regionavtal") { answered } }',
      {},
      session.registry.adminToken,
    );
    expect(coverage.data?.dialogueCoverage.answered).toBe(5);
  });

  it('refuses a date outside the year with a Swedish message', async () => {
    const row = session.page.getByRole('row', { name: /Primärvård/ });
    await row.getByRole('link', { name: 'Logga kompletterande' }).click();
    await fillDate(dateField(session.page, 'Dialog hållen'), '2024-12-31');
    await session.page.getByRole('button', { name: 'Spara dialogen' }).click();
    expect(await textWhen(session.page.getByRole('alert'), 'utanför')).toBe('Datumet ligger utanför 2025.');
  });
});
