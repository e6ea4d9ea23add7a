import { css } from 'lit';

export const styles = css`
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 1.5);
  }

  .row > .field {
    flex: 1 1 10em;
  }
`;
