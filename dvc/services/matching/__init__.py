"""マッチング: teams proposed for the waiting needs, the staff's edits to the plan, confirming and cancelling.
Reads the needs board and the day's people; the matching algorithm itself is dvc/domain/matching."""
