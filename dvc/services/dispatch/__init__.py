"""送り出し: a confirmed team leaves with its sheet and tools, comes back with its report; who is out and who is late.
Uses the needs, equipment and reception services for what a departure or return changes there."""
