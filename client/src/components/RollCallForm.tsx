import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formLevel, type ApiProblem } from '../errors';
import type { RollCallEntryInput } from '../gql/graphql';
import { Field } from './Field';
import { ProblemMessage } from './ProblemMessage';

/** A member of the group on the meeting day, as the roll call lists them. */
export interface RollCallMember {
  personId: string;
  name: string;
  /** Role and represented region, as the list shows them ("Ledamot · Region Norrbotten"). */
  seat: string;
  /** Holds a voting seat: counts towards the quorum, and a deputy may serve for them when absent. */
  votingSeat: boolean;
  /** Holds a deputy's seat: may serve for an absent voting member. */
  deputy: boolean;
}

export interface RollCallValues {
  /** Person ids of those present. */
  present: string[];
  /** Deputy's person id → the voting member's person id they serve for. */
  servingFor: Record<string, string>;
  othersPresent: string[];
}

/** The record without one key. */
function without(record: Record<string, string>, key: string): Record<string, string> {
  const rest = { ...record };
  delete rest[key];
  return rest;
}

/**
 * The roll call as the secretary takes it on a phone during the meeting: one tap on a member marks them present or
 * absent (a toggle button, aria-pressed), and a deputy serves for someone in two taps: tap the deputy, then the
 * absent voting member they serve for (or none). A member marked present again frees the deputy who served for them,
 * as the API refuses a deputy serving for someone present. Others present (staff, guests) are free text, one a line.
 */
export function RollCallForm({
  members,
  initial,
  saving,
  problem,
  onSave,
}: {
  members: RollCallMember[];
  initial: RollCallValues;
  saving: boolean;
  problem: ApiProblem | null;
  onSave: (entries: RollCallEntryInput[], othersPresent: string[]) => void;
}) {
  const { t } = useTranslation();
  const [present, setPresent] = useState(() => new Set(initial.present));
  const [servingFor, setServingFor] = useState<Record<string, string>>(initial.servingFor);
  const [others, setOthers] = useState(initial.othersPresent.join('\n'));
  // The deputy whose "serves for" choice is open, after the first of the two taps.
  const [choosing, setChoosing] = useState<string | null>(null);
  const voting = members.filter((m) => m.votingSeat);
  const deputies = members.filter((m) => m.deputy);
  const rest = members.filter((m) => !m.votingSeat && !m.deputy);
  const nameOf = (personId: string) => members.find((m) => m.personId === personId)?.name ?? '';
  const servedBy = (personId: string) => Object.keys(servingFor).find((d) => servingFor[d] === personId);

  const toggle = (member: RollCallMember) => {
    const next = new Set(present);
    if (present.has(member.personId)) {
      next.delete(member.personId);
      // An absent deputy serves for nobody.
      if (member.deputy) {
        setServingFor((current) => without(current, member.personId));
        setChoosing(null);
      }
    } else {
      next.add(member.personId);
      if (member.deputy) setChoosing(member.personId);
      // A member back in their seat frees the deputy who served for them.
      const deputy = servedBy(member.personId);
      if (deputy) setServingFor((current) => without(current, deputy));
    }
    setPresent(next);
  };

  const serve = (deputyId: string, memberId: string | null) => {
    setServingFor((current) => (memberId ? { ...current, [deputyId]: memberId } : without(current, deputyId)));
    setChoosing(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(
      members.map((m) => ({
        personId: m.personId,
        present: present.has(m.personId),
        servingForPersonId: present.has(m.personId) ? (servingFor[m.personId] ?? null) : null,
      })),
      others
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    );
  };

  const filled = voting.filter((m) => present.has(m.personId) || servedBy(m.personId)).length;

  const toggleButton = (member: RollCallMember) => {
    const isPresent = present.has(member.personId);
    return (
      <button type="button" className="roll-call-toggle" aria-pressed={isPresent} onClick={() => toggle(member)}>
        <span className="roll-call-name">{member.name}</span>
        <span className="roll-call-seat">{member.seat}</span>
        <span className="roll-call-state">
          {isPresent ? t('meetings.rollCall.present') : t('meetings.rollCall.absent')}
        </span>
      </button>
    );
  };

  return (
    <form className="roll-call" onSubmit={submit}>
      <p className="roll-call-tally" aria-live="polite">
        {t('meetings.rollCall.tally', { filled, seats: voting.length, present: present.size, total: members.length })}
      </p>
      <fieldset>
        <legend>{t('meetings.rollCall.voting')}</legend>
        <ul className="roll-call-list">
          {voting.map((m) => (
            <li key={m.personId}>
              {toggleButton(m)}
              {servedBy(m.personId) && (
                <p className="roll-call-note">
                  {t('meetings.rollCall.servedBy', { name: nameOf(servedBy(m.personId)!) })}
                </p>
              )}
            </li>
          ))}
        </ul>
      </fieldset>
      {deputies.length > 0 && (
        <fieldset>
          <legend>{t('meetings.rollCall.deputies')}</legend>
          <p className="muted small">{t('meetings.rollCall.deputiesHint')}</p>
          <ul className="roll-call-list">
            {deputies.map((d) => {
              const target = servingFor[d.personId];
              const candidates = voting.filter(
                (m) => !present.has(m.personId) && (!servedBy(m.personId) || servedBy(m.personId) === d.personId),
              );
              return (
                <li key={d.personId}>
                  {toggleButton(d)}
                  {present.has(d.personId) && choosing !== d.personId && (
                    <p className="roll-call-note">
                      {target
                        ? t('meetings.rollCall.servingForNote', { name: nameOf(target) })
                        : t('meetings.rollCall.servingNobody')}{' '}
                      <button
                        type="button"
                        className="small"
                        aria-label={t('meetings.rollCall.changeServingNamed', { name: d.name })}
                        onClick={() => setChoosing(d.personId)}
                      >
                        {t('meetings.rollCall.changeServing')}
                      </button>
                    </p>
                  )}
                  {choosing === d.personId && (
                    <div
                      className="roll-call-choices"
                      role="group"
                      aria-label={t('meetings.rollCall.chooseFor', { name: d.name })}
                    >
                      <p className="roll-call-note">{t('meetings.rollCall.chooseFor', { name: d.name })}</p>
                      {candidates.length === 0 && <p className="muted small">{t('meetings.rollCall.nobodyAbsent')}</p>}
                      {candidates.map((m) => (
                        <button
                          key={m.personId}
                          type="button"
                          className="roll-call-choice"
                          aria-pressed={target === m.personId}
                          onClick={() => serve(d.personId, m.personId)}
                        >
                          <span className="roll-call-name">{m.name}</span>
                          <span className="roll-call-seat">{m.seat}</span>
                        </button>
                      ))}
                      <button
                        type="button"
                        className="roll-call-choice"
                        aria-pressed={!target}
                        onClick={() => serve(d.personId, null)}
                      >
                        {t('meetings.rollCall.servesNobody')}
                      </button>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}
      {rest.length > 0 && (
        <fieldset>
          <legend>{t('meetings.rollCall.nonVoting')}</legend>
          <ul className="roll-call-list">
            {rest.map((m) => (
              <li key={m.personId}>{toggleButton(m)}</li>
            ))}
          </ul>
        </fieldset>
      )}
      <Field
        label={t('meetings.rollCall.othersPresent')}
        name="othersPresent"
        hint={t('meetings.rollCall.othersHint')}
        problem={problem}
      >
        {(control) => <textarea {...control} rows={3} value={others} onChange={(e) => setOthers(e.target.value)} />}
      </Field>
      <ProblemMessage problem={formLevel(problem, ['othersPresent'])} />
      <button type="submit" className="primary roll-call-save" disabled={saving}>
        {saving ? t('common.saving') : t('meetings.rollCall.save')}
      </button>
    </form>
  );
}
