"use client";

import { Component, type ReactNode } from "react";

/**
 * Catches a failed download of an editor's code (next/dynamic throws it while rendering) so that
 * the field can fall back to a plain text box instead of taking the whole page down.
 */
export class LoadErrorBoundary extends Component<{ onError: (error: unknown) => void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    this.props.onError(error);
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}
