import { useId, type Ref } from 'react';

export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

interface Props<T extends string> {
  name: string;
  legend: string;
  choices: readonly Choice<T>[];
  value: T | null;
  onChange(value: T): void;
  error?: string | null;
  testIdPrefix: string;
  ref?: Ref<HTMLFieldSetElement>;
}

/** A radio group drawn as large tappable cards. The test id sits on each label, which checks its radio. */
export function ChoiceGroup<T extends string>({ name, legend, choices, value, onChange, error, testIdPrefix, ref }: Props<T>) {
  const errorId = useId();
  return (
    <fieldset ref={ref} tabIndex={-1} className="hv-choices" aria-describedby={error ? errorId : undefined} aria-invalid={!!error}>
      <legend>{legend}</legend>
      <div className="hv-choices__list">
        {choices.map((c) => (
          <label key={c.value} className="hv-choice" data-testid={`${testIdPrefix}-${c.value}`}>
            <input type="radio" name={name} value={c.value} checked={value === c.value} onChange={() => onChange(c.value)} />
            <span className="hv-choice__text">
              <span className="hv-choice__label">{c.label}</span>
              {c.hint && <span className="hv-hint">{c.hint}</span>}
            </span>
          </label>
        ))}
      </div>
      {error && <p id={errorId} className="hv-error">{error}</p>}
    </fieldset>
  );
}

