import { Badge, makeStyles, Text, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS },
});

/** A tab whose feature is not built yet: says what it will do, and that it does not work yet. */
export function Placeholder({ title, lines }: { title: string; lines: string[] }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <div>
        <Text weight="semibold">{title}</Text> <Badge appearance="outline" color="informative">尚未开放</Badge>
      </div>
      {lines.map((l) => (
        <Text key={l} size={200}>
          {l}
        </Text>
      ))}
      <Text size={200} italic>
        此功能正在开发中，当前版本不会对文档做任何检查或修改。
      </Text>
    </div>
  );
}
