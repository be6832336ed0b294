import { useRef, useState } from "react";
import { Badge, Button, Field, Input, makeStyles, mergeClasses, Select, Text, Textarea, tokens } from "@fluentui/react-components";
import type { useMeetingType, CustomType } from "./meetingType";
import { exportCustomTypes, parseCustomTypes } from "./meetingType";
import { textButton } from "../shared/styles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap", alignItems: "center" },
  // A native select is as wide as its longest option: let it shrink to a 320 px pane instead.
  picker: { minWidth: 0, maxWidth: "100%" },
  pickerSelect: { minWidth: 0, textOverflow: "ellipsis" },
  note: { color: tokens.colorNeutralForeground3 },
  // The note as a button that opens and closes it: looks like the text it holds.
  noteToggle: textButton,
  clamped: { display: "-webkit-box", WebkitLineClamp: 2, WebkitBoxOrient: "vertical", overflow: "hidden" },
  editor: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

type Meeting = ReturnType<typeof useMeetingType>;
const CUSTOM_NEW = "__custom_new__";

/** Choose the meeting type; the choice is saved in the document. */
export function MeetingTypePicker({ meeting, suggested }: { meeting: Meeting; suggested: string | null }) {
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  const [noteOpen, setNoteOpen] = useState(false);
  const current = meeting.choice?.template ?? suggested ?? "";
  const template = meeting.templates.find((t) => t.id === current);

  const choose = (id: string) => {
    if (id === CUSTOM_NEW) return setEditing(true);
    const custom = meeting.customTypes.find((t) => t.id === id);
    void meeting.setChoice({ template: id, ...(custom ? { custom } : {}) });
  };

  return (
    <div className={styles.root}>
      <Field label="会议类型" size="small">
        <Select
          value={current}
          onChange={(_, d) => choose(d.value)}
          data-testid="meeting-type"
          size="small"
          className={styles.picker}
          select={{ className: styles.pickerSelect }}
        >
          {!current && <option value="">（请选择）</option>}
          {meeting.templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
          <option value={CUSTOM_NEW}>新建自定义清单…</option>
        </Select>
      </Field>
      {template && (
        <div className={styles.row}>
          {!meeting.choice && suggested && <Badge appearance="tint" color="informative">根据标题和开头识别</Badge>}
          {template.confidence !== "high" && (
            <Badge appearance="tint" color="warning" title="清单表述未能从正式文件核实">
              表述待核实
            </Badge>
          )}
          <button
            type="button"
            className={styles.noteToggle}
            aria-expanded={noteOpen}
            title={noteOpen ? undefined : "点击展开说明"}
            onClick={() => setNoteOpen(!noteOpen)}
          >
            <Text size={200} className={mergeClasses(styles.note, !noteOpen && styles.clamped)}>
              {template.note}
            </Text>
          </button>
        </div>
      )}
      {template?.writerDefinesAspects && <WriterAspects meeting={meeting} templateId={template.id} />}
      {editing && <CustomTypeEditor meeting={meeting} onDone={() => setEditing(false)} />}
      {!editing && meeting.customTypes.length > 0 && (
        <div className={styles.row}>
          <Button size="small" appearance="subtle" onClick={() => setEditing(true)}>
            管理自定义清单
          </Button>
        </div>
      )}
    </div>
  );
}

/** 巡视整改 and the like: the writer types the aspects of the feedback. */
function WriterAspects({ meeting, templateId }: { meeting: Meeting; templateId: string }) {
  const saved = (meeting.choice?.template === templateId ? meeting.choice.aspects : undefined) ?? [];
  const joined = saved.join("\n");
  const [text, setText] = useState(joined);
  // When the saved aspects change (saved here, or the document was reopened), show them: adjust
  // the draft while rendering rather than in an effect, which would first show the old text.
  const [shown, setShown] = useState(joined);
  if (shown !== joined) {
    setShown(joined);
    setText(joined);
  }
  const save = () =>
    void meeting.setChoice({ template: templateId, aspects: text.split("\n").map((s) => s.trim()).filter(Boolean) });
  return (
    <Field label="反馈意见中的问题方面（每行一个）" size="small" hint="例如：落实管党治党责任、意识形态工作、以案促改">
      <Textarea value={text} onChange={(_, d) => setText(d.value)} resize="vertical" data-testid="writer-aspects" />
      <Button size="small" onClick={save} style={{ alignSelf: "flex-start", marginTop: 4 }}>
        保存方面
      </Button>
    </Field>
  );
}

/** Make, edit, import and export the user's own checklists. */
function CustomTypeEditor({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const styles = useStyles();
  const [name, setName] = useState("");
  const [aspects, setAspects] = useState("");
  const [editingId, setEditingId] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const save = () => {
    const list = aspects.split("\n").map((s) => s.trim()).filter(Boolean);
    if (!name.trim() || list.length === 0) return setMessage("请填写清单名称和至少一个方面。");
    const id = editingId ?? `custom-${Date.now().toString(36)}`;
    const type: CustomType = { id, name: name.trim(), aspects: list };
    meeting.updateCustomTypes([...meeting.customTypes.filter((t) => t.id !== id), type]);
    void meeting.setChoice({ template: id, custom: type });
    onDone();
  };
  const edit = (t: CustomType) => {
    setEditingId(t.id);
    setName(t.name);
    setAspects(t.aspects.join("\n"));
  };
  const remove = (t: CustomType) => meeting.updateCustomTypes(meeting.customTypes.filter((x) => x.id !== t.id));
  const exportAll = () => {
    const blob = new Blob([exportCustomTypes(meeting.customTypes)], { type: "application/json" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "对照检查助手-自定义清单.json";
    a.click();
    URL.revokeObjectURL(a.href);
  };
  const importFile = async (file: File) => {
    try {
      const types = parseCustomTypes(await file.text());
      const merged = [...meeting.customTypes.filter((t) => !types.some((n) => n.id === t.id)), ...types];
      meeting.updateCustomTypes(merged);
      setMessage(`已导入 ${types.length} 个清单。`);
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div className={styles.editor} data-testid="custom-editor">
      <Text weight="semibold">{editingId ? "修改自定义清单" : "新建自定义清单"}</Text>
      <Field label="名称" size="small">
        <Input value={name} onChange={(_, d) => setName(d.value)} size="small" />
      </Field>
      <Field label="需要对照的方面（每行一个）" size="small">
        <Textarea value={aspects} onChange={(_, d) => setAspects(d.value)} resize="vertical" />
      </Field>
      {message && <Text size={200}>{message}</Text>}
      <div className={styles.row}>
        <Button size="small" appearance="primary" onClick={save}>
          保存并使用
        </Button>
        <Button size="small" onClick={onDone}>
          取消
        </Button>
        <Button size="small" appearance="subtle" onClick={() => fileInput.current?.click()}>
          导入…
        </Button>
        <Button size="small" appearance="subtle" onClick={exportAll} disabled={meeting.customTypes.length === 0}>
          导出
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void importFile(f);
            e.target.value = "";
          }}
        />
      </div>
      {meeting.customTypes.map((t) => (
        <div key={t.id} className={styles.row}>
          <Text size={200}>
            {t.name}（{t.aspects.length} 个方面）
          </Text>
          <Button size="small" appearance="transparent" onClick={() => edit(t)}>
            修改
          </Button>
          <Button size="small" appearance="transparent" onClick={() => remove(t)}>
            删除
          </Button>
        </div>
      ))}
    </div>
  );
}
