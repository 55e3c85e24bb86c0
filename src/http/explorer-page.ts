import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { explorerExamples, tokenHelp } from './explorer-examples';

/** How the page built by graphql-yoga starts GraphiQL; replaced by ours, which can pass functions. */
const yogaStart =
  /YogaGraphiQL\.renderYogaGraphiQL\(\s*window\.document\.querySelector\('#root'\),\s*(\{.*?\}),\s*\);/s;

/**
 * The explorer page, every script inline (intranets are often offline). It opens on the README's examples, keeps
 * headers in sessionStorage (a token lives as long as the tab), and fetches the schema again whenever the headers
 * change, so the documentation appears as soon as a valid token is pasted.
 */
export function renderExplorerPage(): string {
  const options = {
    title: 'Partnership registry',
    endpoint: '/graphql',
    defaultHeaders: JSON.stringify({ Authorization: 'Bearer <paste the token here>' }, null, 2),
    defaultTabs: explorerExamples.map((example, index) => ({
      query: `${index === 0 ? tokenHelp : ''}# ${example.title} (README, "Asking questions")\n${example.query}\n`,
      variables: example.variables,
    })),
  };
  const page = renderGraphiQL(options);
  if (!yogaStart.test(page)) throw new Error('The explorer page no longer starts GraphiQL as expected');
  return page.replace(yogaStart, () => startScript(options));
}

function startScript(options: object): string {
  return `
    (function () {
      var refetch = null;
      function schemaAgain() {
        clearTimeout(refetch);
        refetch = setTimeout(function () {
          var button = document.querySelector('[aria-label^="Re-fetch GraphQL schema"]');
          if (button) button.click();
        }, 600);
      }
      var options = ${JSON.stringify(options).replace(/</g, '\\u003c')};
      options.storage = window.sessionStorage;
      options.onEditHeaders = schemaAgain;
      YogaGraphiQL.renderYogaGraphiQL(window.document.querySelector('#root'), options);
    })();`;
}
