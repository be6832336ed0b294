import { Component, type ReactNode } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";

interface State {
  error: Error | null;
}

/** One panel's failure shows a message with a retry; the other panels keep working. */
export class PanelBoundary extends Component<{ title: string; children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <MessageBar intent="error" data-testid="panel-error">
        <MessageBarBody>
          “{this.props.title}”出错了：{this.state.error.message}。其他功能不受影响。
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={() => this.setState({ error: null })}>
            重试
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
