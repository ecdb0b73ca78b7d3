"""Matching volunteers into teams for needs (issue 5): the rules, the algorithm, the checker. Plain Python."""

from dvc.domain.matching.model import (
    Candidate, Instance, Lock, OpenNeed, Proposal, ProposedTeam, Reason, UnfilledNeed, UnplacedVolunteer,
)
from dvc.domain.matching.objective import Score, score
from dvc.domain.matching.propose import propose
from dvc.domain.matching.validate import Violation, validate

__all__ = [
    "Candidate", "Instance", "Lock", "OpenNeed", "Proposal", "ProposedTeam", "Reason", "Score", "UnfilledNeed",
    "UnplacedVolunteer", "Violation", "propose", "score", "validate",
]
