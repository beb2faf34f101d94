import { Link } from 'react-router';
import type { Section, Statement } from '../content/types';

/** An address of this app is a router link; anything else opens as a normal link. */
function SectionLink({ href, label }: { href: string; label: string }) {
  return href.startsWith('/') ? <Link to={href}>{label}</Link> : <a href={href}>{label}</a>;
}

/** A statement's text: its sections, each a heading with paragraphs, facts, a list and links. */
export function StatementBody({ statement, headingPrefix }: { statement: Statement; headingPrefix: string }) {
  return (
    <>
      {statement.sections.map((section: Section, index) => {
        const id = `${headingPrefix}-${index}`;
        return (
          <section key={id} aria-labelledby={id} className="statement__section">
            <h2 id={id}>{section.heading}</h2>
            {section.facts ? (
              <dl className="summary">
                {section.facts.map(([term, description]) => (
                  <div key={term}>
                    <dt>{term}</dt>
                    <dd>{description}</dd>
                  </div>
                ))}
              </dl>
            ) : null}
            {section.items ? (
              <ul className="bullet-list">
                {section.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            ) : null}
            {section.paragraphs?.map((paragraph) => <p key={paragraph}>{paragraph}</p>)}
            {section.links ? (
              <ul className="task-list">
                {section.links.map((link) => (
                  <li key={link.href}>
                    <SectionLink href={link.href} label={link.label} />
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        );
      })}
    </>
  );
}
