import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { parseMarkdown, type Block, type Inline } from '../model/markdown';

/**
 * Renders catalogue Markdown as React elements (never as HTML): each link shows its
 * destination beside it, and an unsafe destination is shown as text, not linked.
 * `headingOffset` shifts the text's headings below the page's own (a text's `#` is an h3 under
 * the item's h2 sections).
 */
export function MarkdownView({ text, headingOffset = 2, testId }: { text: string; headingOffset?: number; testId?: string }) {
  const blocks = parseMarkdown(text);
  return (
    <div className="markdown" data-testid={testId}>
      {blocks.map((block, i) => (
        <BlockView key={i} block={block} offset={headingOffset} />
      ))}
    </div>
  );
}

function BlockView({ block, offset }: { block: Block; offset: number }): ReactNode {
  switch (block.type) {
    case 'heading': {
      const level = Math.min(6, block.level + offset);
      const Tag = `h${level}` as 'h3';
      return (
        <Tag>
          <Inlines items={block.children} />
        </Tag>
      );
    }
    case 'paragraph':
      return (
        <p>
          <Inlines items={block.children} />
        </p>
      );
    case 'code':
      return (
        <pre>
          <code>{block.text}</code>
        </pre>
      );
    case 'rule':
      return <hr />;
    case 'quote':
      return (
        <blockquote>
          {block.children.map((child, i) => (
            <BlockView key={i} block={child} offset={offset} />
          ))}
        </blockquote>
      );
    case 'list': {
      const items = block.items.map((item, i) => (
        <li key={i}>
          {item.length === 1 && item[0]?.type === 'paragraph' ? (
            <Inlines items={item[0].children} />
          ) : (
            item.map((child, j) => <BlockView key={j} block={child} offset={offset} />)
          )}
        </li>
      ));
      return block.ordered ? <ol start={block.start}>{items}</ol> : <ul>{items}</ul>;
    }
  }
}

function Inlines({ items }: { items: readonly Inline[] }) {
  return (
    <>
      {items.map((item, i) => (
        <InlineView key={i} item={item} />
      ))}
    </>
  );
}

function InlineView({ item }: { item: Inline }): ReactNode {
  const { t } = useTranslation();
  switch (item.type) {
    case 'text':
      return item.text.split('\n').map((line, i) => (
        <Fragment key={i}>
          {i > 0 ? ' ' : null}
          {line}
        </Fragment>
      ));
    case 'code':
      return <code>{item.text}</code>;
    case 'strong':
      return (
        <strong>
          <Inlines items={item.children} />
        </strong>
      );
    case 'em':
      return (
        <em>
          <Inlines items={item.children} />
        </em>
      );
    case 'del':
      return (
        <del>
          <Inlines items={item.children} />
        </del>
      );
    case 'link':
      return item.href ? (
        <>
          <a href={item.href} rel="noopener noreferrer nofollow">
            <Inlines items={item.children} />
          </a>{' '}
          <span className="link-destination">({item.destination})</span>
        </>
      ) : (
        <>
          <Inlines items={item.children} />{' '}
          <span className="link-destination" data-testid="unsafe-link">
            ({item.destination}: {t('catalogue.unsafeLink')})
          </span>
        </>
      );
  }
}
