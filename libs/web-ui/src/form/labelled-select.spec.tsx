import { fireEvent, render, screen } from '@testing-library/react';
import { LabelledSelect } from './labelled-select.js';

const options = [
  { value: '', label: 'All phases' },
  { value: 'Primary', label: 'Primary' },
  { value: 'Secondary', label: 'Secondary' },
];

describe(LabelledSelect.name, () => {
  it('is a GOV.UK select named by its label, showing the chosen option', () => {
    render(<LabelledSelect id="phase" label="Phase" value="Primary" options={options} onChange={vi.fn()} />);

    const select = screen.getByRole('combobox', { name: 'Phase' }) as HTMLSelectElement;
    expect(select.className).toBe('govuk-select');
    expect(screen.getByText('Phase').className).toBe('govuk-label');
    expect(select.value).toBe('Primary');
    expect(Array.from(select.options).map((option) => [option.value, option.textContent])).toEqual([
      ['', 'All phases'],
      ['Primary', 'Primary'],
      ['Secondary', 'Secondary'],
    ]);
    expect(select.hasAttribute('name')).toBe(false);
  });

  it("tells the page the chosen value rather than changing it itself, so the page's state decides", () => {
    const onChange = vi.fn();
    render(<LabelledSelect id="phase" label="Phase" value="" options={options} onChange={onChange} />);
    const select = screen.getByRole('combobox', { name: 'Phase' }) as HTMLSelectElement;

    fireEvent.change(select, { target: { value: 'Secondary' } });

    expect(onChange).toHaveBeenCalledWith('Secondary');
  });

  it('carries a name when it belongs to a submitted form', () => {
    render(
      <LabelledSelect id="phase" name="phase" label="Phase" value="" options={options} onChange={vi.fn()} />,
    );

    expect(screen.getByRole('combobox', { name: 'Phase' }).getAttribute('name')).toBe('phase');
  });
});
