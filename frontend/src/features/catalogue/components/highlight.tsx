/** The matching fragment of a hit: plain text pieces, the matched ones marked. */
export function Highlight({ pieces, label }: { pieces: readonly { text: string; matched: boolean }[]; label: string }) {
  return (
    <p className="highlight" data-testid="hit-highlight">
      <span className="visually-hidden">{label}: </span>…
      {pieces.map((piece, i) => (piece.matched ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>))}…
    </p>
  );
}
