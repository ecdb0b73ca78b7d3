"""The ownership rules of dvc/exchange/ownership.py applied to one row from another council of the block."""

from __future__ import annotations

from dvc.exchange import ownership as own


class BlockRules:
    """Part of TableMerge (dvc/exchange/table_merge.py): what a row from another council may do here."""

    def _block_allows(self, raw: list, local: tuple | None, received: str, parents: dict, updates: list,
                      sources: list) -> bool:
        """Ownership between councils: False when the row was refused or dealt with here."""
        ctx = self.ctx
        reason = own.block_origin_verdict(sender=ctx.source_council, self_council=ctx.self_council,
                                          incoming_origin=raw[1], local_origin=local[1] if local else None)
        if reason:
            self._refuse(raw, local, reason, "origin")
            return False
        if raw[1] == ctx.self_council:
            self._ours(raw, local, received, updates, sources)
            return False
        if self.has_code and own.foreign_code(raw[self.position["code"]], ctx.source_short):
            self._refuse(raw, local, own.CODE_NOT_THEIRS, "code")
            return False
        if self.council_column and raw[self.position[self.council_column]] != ctx.source_council:
            self._refuse(raw, local, own.THIRD_COUNCIL, self.council_column)
            return False
        for parent in self.parents:
            value = raw[self.position[parent.column]]
            found = parents.get((parent.table, value)) if value is not None else None
            if found is None:
                continue  # none, or not here at all: the reference check says so for the whole bundle
            origin, shared = found
            if origin != ctx.source_council and not (parent.shared and shared):
                self._refuse(raw, local, own.NOT_SHARED if origin == ctx.self_council else own.NOT_THEIRS,
                             parent.column)
                return False
        return True

    def _ours(self, raw: list, local: tuple | None, received: str, updates: list, sources: list) -> None:
        """A row of ours sent back by another council: only a helper's progress on a need we shared counts."""
        if local is None:
            self._refuse(raw, None, own.OURS, "origin")  # we would hold it, were it ours
            return
        in_stamp, local_stamp = raw[2], local[2]
        if self.helper_flag and local[self.position[self.helper_flag]]:
            self._helper_progress(raw, local, received, updates, sources)
        elif in_stamp <= local_stamp or self._same(raw, local):
            self.counts.unchanged += 1  # an older copy of ours, or the same
        else:
            self._refuse(raw, local, own.OURS, ", ".join(self._different(raw, local))[:200])

    def _helper_progress(self, raw: list, local: tuple, received: str, updates: list, sources: list) -> None:
        """Take a helping council's progress on our shared need (status, what is left …), and nothing else."""
        if raw[2] <= local[2]:
            self.counts.unchanged += 1  # ours is newer: it goes back to them with the next bundle
            return
        others = [f for f in self._different(raw, local) if f not in self.helper_fields]
        progress = [f for f in self.helper_fields if f in self._different(raw, local)]
        if others and self._knew(local[2], received, raw[2]):
            self._refuse(raw, local, own.OURS_FIELDS, ", ".join(others)[:200])  # they changed what is not theirs
        if not progress:
            if not others or not self._knew(local[2], received, raw[2]):
                self.counts.unchanged += 1
            return
        if others:
            # Their progress on top of our version of everything else, as a change of this laptop: it goes back
            # to them with a newer stamp, so both sides end with the same need.
            merged = list(local)
            for f in progress:
                merged[self.position[f]] = raw[self.position[f]]
            merged[2] = self.ctx.new_stamp(raw[2])
            raw = merged
        updates.append([*raw[1:], raw[0]])
        sources.append(raw[0])
        self.counts.updated += 1
        self._note_change(raw, local)
        if not self._knew(local[2], received, raw[2]):
            self._conflict("incoming", raw, local)  # both sides moved it on: ours stays in the log to reverse
