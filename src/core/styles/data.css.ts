import { css } from 'lit';

/**
 * A list of problems by JSON path, as an editor sees it: in every data
 * element, and in a form only with the code that reads its settings (lazy),
 * which adds these when it shows them.
 */
export const issueListStyles = css`
  .issue-list {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }

  .issues summary {
    cursor: pointer;
  }

  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
`;

/** A quieter button after the content: "Show all" in the data elements, "send another" in a form's confirmation. */
export const secondaryButtonStyles = css`
  .button.secondary {
    background: transparent;
    color: var(--_accent);
  }
`;

/** What only the data elements show: an error's details, problems by JSON path, an empty list. */
export const dataStyles = [
  issueListStyles,
  secondaryButtonStyles,
  css`
    .error-detail {
      margin: 0 0 0.5em;
    }

    .empty {
      margin: 0;
      padding: 1em;
      border: 0.0625em dashed var(--_border);
      border-radius: var(--_radius);
      color: var(--_muted);
    }
  `,
];
