"""資機材: the equipment items, their labels, stock and loans (to a team or to another council)."""
