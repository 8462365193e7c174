import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../errors';
import { graphql } from '../gql';
import { ProblemMessage } from './ProblemMessage';

const SetRegionPopulationDocument = graphql(`
  mutation SetRegionPopulation($input: SetRegionPopulationInput!) {
    setRegionPopulation(input: $input) {
      id
      year
      population
      version
      region {
        id
        population
      }
    }
  }
`);

/** A population as Swedish (or English) text: "249 000". */
export function usePopulationFormat() {
  const { i18n } = useTranslation();
  const numbers = new Intl.NumberFormat(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'sv-SE');
  return (value: number) => numbers.format(value);
}

/**
 * One region's figure of one year in the populations table; for those who keep the register a button that turns it
 * into a small form. The figure's version goes with the save, so that an edit made meanwhile is not overwritten.
 */
export function PopulationCell({
  region,
  year,
  figure,
  canEdit,
  onSaved,
}: {
  region: { id: string; name: string };
  year: number;
  figure: { population: number; version: number } | undefined;
  canEdit: boolean;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const format = usePopulationFormat();
  const problem = useApiProblem();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState('');
  const [save, { loading, error, reset }] = useMutation(SetRegionPopulationDocument);
  const input = useRef<HTMLInputElement>(null);
  // The form takes the button's place: the keyboard's focus goes with it, to the figure.
  useEffect(() => {
    if (editing) input.current?.focus();
  }, [editing]);
  const shown = figure ? format(figure.population) : t('populations.missing');
  const names = { region: region.name, year };
  if (!canEdit) return <>{shown}</>;
  if (!editing) {
    return (
      <button
        type="button"
        className="small"
        onClick={() => {
          reset();
          setValue(figure ? String(figure.population) : '');
          setEditing(true);
        }}
      >
        {shown}
        <span className="visually-hidden">, {t('populations.edit', names)}</span>
      </button>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const population = Number(value.replace(/[\s\u00a0]/g, ''));
    const result = await save({
      variables: { input: { regionId: region.id, year, population, expectedVersion: figure?.version ?? null } },
    }).catch(() => null);
    if (result?.data) {
      setEditing(false);
      onSaved(t('populations.saved', { ...names, population: format(result.data.setRegionPopulation.population) }));
    }
  };
  return (
    <form className="population-edit" onSubmit={(e) => void submit(e)}>
      <label className="visually-hidden" htmlFor={`population-${region.id}-${year}`}>
        {t('populations.value', names)}
      </label>
      <input
        id={`population-${region.id}-${year}`}
        inputMode="numeric"
        required
        pattern="[0-9\s\u00a0]+"
        size={9}
        value={value}
        ref={input}
        onChange={(e) => setValue(e.target.value)}
      />
      <button type="submit" className="primary" disabled={loading}>
        {t('populations.save')}
      </button>
      <button type="button" onClick={() => setEditing(false)}>
        {t('populations.cancel')}
      </button>
      <ProblemMessage problem={problem(error)} />
    </form>
  );
}
