import { fireEvent, render, screen } from '@testing-library/react';
import { RetryableError } from './retryable-error.js';

describe(RetryableError.name, () => {
  it('announces the failure as an alert and retries when "Try again" is pressed', () => {
    const onRetry = vi.fn();
    render(
      <RetryableError
        message="The figures could not be loaded. Timeout"
        retrying={false}
        onRetry={onRetry}
      />,
    );

    expect(screen.getByRole('alert').textContent).toContain('The figures could not be loaded. Timeout');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));

    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('disables the button while the retry is under way', () => {
    render(<RetryableError message="The figures could not be loaded." retrying onRetry={vi.fn()} />);

    expect((screen.getByRole('button', { name: 'Try again' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
