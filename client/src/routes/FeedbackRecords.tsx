import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCan, useMe } from '../auth';
import { FeedbackForm, type FeedbackFormValues } from '../components/FeedbackForm';
import { FIRST_GOAL_YEAR } from '../components/OperationalGoalCard';
import { PlaceOptions } from '../components/PlaceOptions';
import { ProblemMessage } from '../components/ProblemMessage';
import { SaveStatus } from '../components/SaveStatus';
import { useBodies } from '../components/useBodies';
import { useEditing } from '../components/useEditing';
import { useHealthcareRegions } from '../components/useHealthcareRegions';
import { thisYear, YearSelect } from '../components/YearSelect';
import { useApiProblem } from '../errors';
import { graphql } from '../gql';
import { today } from '../today';
import { RowActions } from '../components/RowActions';
import { ActionsHeader } from '../components/ActionsHeader';

const FeedbackRecordsDocument = graphql(`
  query FeedbackRecords($healthcareRegionId: ID!, $year: Int!) {
    feedbackRecords(healthcareRegionId: $healthcareRegionId, year: $year) {
      id
      version
      givenOn
      recipient
      recipientGroup {
        id
      }
      recipientName
      subject
      reference
    }
  }
`);

const CreateFeedbackRecordDocument = graphql(`
  mutation CreateFeedbackRecord($input: CreateFeedbackRecordInput!) {
    createFeedbackRecord(input: $input) {
      id
      recipientName
    }
  }
`);

const UpdateFeedbackRecordDocument = graphql(`
  mutation UpdateFeedbackRecord($input: UpdateFeedbackRecordInput!) {
    updateFeedbackRecord(input: $input) {
      id
      version
      recipientName
    }
  }
`);

const DeleteFeedbackRecordDocument = graphql(`
  mutation DeleteFeedbackRecord($id: ID!) {
    deleteFeedbackRecord(id: $id)
  }
`);

/**
 * The feedback a healthcare region has given SKR and its bodies in a year, which the goals on feedback are judged
 * from. Everyone reads it; coordinators record, correct and delete it.
 */
export function FeedbackRecords() {
  const { t } = useTranslation();
  const can = useCan();
  const me = useMe();
  const problem = useApiProblem();
  const [params, setParams] = useSearchParams();
  const { healthcareRegions } = useHealthcareRegions();
  const healthcareRegionId =
    params.get('healthcareRegion') || (me.homeHealthcareRegion?.id ?? healthcareRegions[0]?.id ?? '');
  const year = Number(params.get('year') ?? thisYear());
  const bodies = useBodies(healthcareRegionId);
  const { data, loading, refetch } = useQuery(FeedbackRecordsDocument, {
    variables: { healthcareRegionId, year },
    skip: !healthcareRegionId,
  });
  const [saved, setSaved] = useState('');
  const [create, creating] = useMutation(CreateFeedbackRecordDocument);
  const [update, updating] = useMutation(UpdateFeedbackRecordDocument);
  const [remove, removing] = useMutation(DeleteFeedbackRecordDocument);
  const { editing, cancel, start, afterSave, deleteRecord } = useEditing({
    mutations: [creating, updating],
    refetch,
    say: setSaved,
  });
  const records = data?.feedbackRecords ?? [];
  const edited = editing?.mode === 'edit' ? records.find((r) => r.id === editing.id) : undefined;
  const hrName = healthcareRegions.find((hr) => hr.id === healthcareRegionId)?.name ?? '';
  const choose = (changes: { year?: number; healthcareRegion?: string }) => {
    cancel();
    setParams({
      year: String(changes.year ?? year),
      healthcareRegion: changes.healthcareRegion ?? healthcareRegionId,
    });
  };

  const save = async (values: FeedbackFormValues) => {
    const result =
      editing?.mode === 'edit' && edited
        ? await update({
            variables: { input: { id: edited.id, expectedVersion: edited.version, ...values } },
          }).catch(() => null)
        : await create({ variables: { input: { healthcareRegionId, ...values } } }).catch(() => null);
    await afterSave(result, (data) =>
      t('feedback.saved', {
        recipient:
          'updateFeedbackRecord' in data
            ? data.updateFeedbackRecord.recipientName
            : data.createFeedbackRecord.recipientName,
      }),
    );
  };

  const initial: FeedbackFormValues = edited
    ? {
        givenOn: edited.givenOn,
        recipient: edited.recipient,
        recipientGroupId: edited.recipientGroup?.id ?? null,
        subject: edited.subject,
        reference: edited.reference ?? null,
      }
    : {
        // A record of this year starts on today; of another year, on its first day.
        givenOn: today().startsWith(String(year)) ? today() : `${year}-01-01`,
        recipient: 'SKR',
        recipientGroupId: null,
        subject: '',
        reference: null,
      };
  const formTitle = edited
    ? t('feedback.editTitle', { recipient: edited.recipientName, date: edited.givenOn })
    : t('feedback.newTitle');

  return (
    <section className="feedback-records">
      <h1>{t('feedback.title')}</h1>
      <p className="muted">{t('feedback.intro')}</p>
      <SaveStatus message={saved} />
      <div className="filters">
        <YearSelect
          value={year}
          onChange={(chosen) => choose({ year: chosen })}
          label={t('feedback.year')}
          first={FIRST_GOAL_YEAR}
        />
        <label>
          {t('feedback.healthcareRegion')}
          <select value={healthcareRegionId} onChange={(e) => choose({ healthcareRegion: e.target.value })}>
            <PlaceOptions places={healthcareRegions} />
          </select>
        </label>
        {can.editRegister && !editing && (
          <button type="button" className="primary" onClick={() => start({ mode: 'new' })}>
            {t('feedback.new')}
          </button>
        )}
        {loading && (
          <span role="status" className="muted">
            {t('common.loading')}
          </span>
        )}
      </div>
      {!can.editRegister && <p className="muted">{t('feedback.readOnly')}</p>}
      {editing && can.editRegister && (
        <section aria-labelledby="feedback-form-title" className="card">
          <h2 id="feedback-form-title">{formTitle}</h2>
          <FeedbackForm
            key={editing.mode === 'edit' ? editing.id : `new-${healthcareRegionId}-${year}`}
            label={formTitle}
            initial={initial}
            bodies={bodies}
            problem={problem(editing.mode === 'edit' ? updating.error : creating.error)}
            saving={creating.loading || updating.loading}
            onSave={(values) => void save(values)}
            onCancel={cancel}
          />
        </section>
      )}
      <ProblemMessage problem={problem(removing.error)} />
      {data && records.length === 0 && <p>{t('feedback.none', { year })}</p>}
      {records.length > 0 && (
        <div className="table-scroll">
          <table>
            <caption>{t('feedback.caption', { year, name: hrName })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('feedback.givenOn')}</th>
                <th scope="col">{t('feedback.recipient')}</th>
                <th scope="col">{t('feedback.subject')}</th>
                <th scope="col">{t('feedback.reference')}</th>
                {can.editRegister && <ActionsHeader />}
              </tr>
            </thead>
            <tbody>
              {records.map((record) => {
                const named = { recipient: record.recipientName, date: record.givenOn };
                return (
                  <tr key={record.id}>
                    <th scope="row" className="nowrap">
                      {record.givenOn}
                    </th>
                    <td>{record.recipientName}</td>
                    <td>{record.subject}</td>
                    <td>{record.reference ?? '–'}</td>
                    {can.editRegister && (
                      <td>
                        <RowActions
                          namespace="feedback"
                          named={named}
                          isDisabled={removing.loading}
                          onEdit={() => start({ mode: 'edit', id: record.id })}
                          onDelete={() =>
                            deleteRecord(
                              record.id,
                              () => remove({ variables: { id: record.id } }),
                              t('feedback.deleted', named),
                            )
                          }
                        />
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
