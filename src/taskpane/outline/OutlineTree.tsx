import { makeStyles, Text, tokens, Tree, TreeItem, TreeItemLayout } from "@fluentui/react-components";
import type { OutlineNode, SourceParagraph } from "../../core/types";

const useStyles = makeStyles({
  label: { color: tokens.colorNeutralForeground3, marginRight: tokens.spacingHorizontalXS },
  line: { display: "block", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", maxWidth: "100%" },
  // Long titles end in … inside the pane instead of widening it.
  main: { minWidth: 0, overflow: "hidden" },
  layout: { minWidth: 0 },
});

export interface OutlineTreeProps {
  nodes: readonly OutlineNode[];
  paragraphs: readonly SourceParagraph[];
  onSelect: (node: OutlineNode) => void;
}

/** The numbered headings and items as a tree; clicking one selects it in the document. */
export function OutlineTree({ nodes, paragraphs, onSelect }: OutlineTreeProps) {
  return (
    <Tree aria-label="文档结构" size="small" defaultOpenItems={nodes.map((n) => n.id)}>
      {nodes.map((n) => (
        <OutlineItem key={n.id} node={n} paragraphs={paragraphs} onSelect={onSelect} />
      ))}
    </Tree>
  );
}

function OutlineItem({ node, paragraphs, onSelect }: { node: OutlineNode; paragraphs: readonly SourceParagraph[]; onSelect: (n: OutlineNode) => void }) {
  const styles = useStyles();
  const children = node.children;
  const title = node.title || paragraphs[node.paragraph]?.text.trim().slice(0, 30) || "（空）";
  return (
    // On the item, not its layout: Enter on a focused item clicks the item itself, so the keyboard selects too.
    <TreeItem itemType={children.length ? "branch" : "leaf"} value={node.id} data-node={node.id} onClick={() => onSelect(node)}>
      <TreeItemLayout
        title={`${node.label}${title}`}
        className={styles.layout}
        main={{ className: styles.main }}
      >
        <Text className={styles.line}>
          <span className={styles.label}>{node.label}</span>
          {title}
        </Text>
      </TreeItemLayout>
      {children.length > 0 && (
        <Tree>
          {children.map((c) => (
            <OutlineItem key={c.id} node={c} paragraphs={paragraphs} onSelect={onSelect} />
          ))}
        </Tree>
      )}
    </TreeItem>
  );
}
