"""Problems found in a kit workbook, each located by sheet, row and column, worded in French."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    sheet: str | None
    row: int | None  # the spreadsheet's row number (1 is the header row)
    column: str | None  # the column's header, e.g. "relevant" or "label::Français (fr)"
    message: str

    def __str__(self) -> str:
        where = []
        if self.sheet is not None:
            where.append(f"feuille « {self.sheet} »")
        if self.row is not None:
            where.append(f"ligne {self.row}")
        if self.column is not None:
            where.append(f"colonne « {self.column} »")
        if not where:
            return self.message
        return f"{', '.join(where)} : {self.message}"


class KitError(Exception):
    """The workbook is not a sound kit; ``problems`` lists every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))
