"""Problems found in a kit workbook, each located by sheet, row and column, worded for the person
(French, or English: catalyseur_app.messages; the location is worded when the problem is shown)."""

from __future__ import annotations

from dataclasses import dataclass

from catalyseur_app.messages import t
from catalyseur_app.user_errors import UserError


@dataclass(frozen=True, order=True)
class Problem:
    sheet: str | None
    row: int | None  # the spreadsheet's row number (1 is the header row)
    column: str | None  # the column's header, e.g. "relevant" or "label::Français (fr)"
    message: str

    def __str__(self) -> str:
        where = []
        if self.sheet is not None:
            where.append(t("feuille « {sheet} »", sheet=self.sheet))
        if self.row is not None:
            where.append(t("ligne {row}", row=self.row))
        if self.column is not None:
            where.append(t("colonne « {column} »", column=self.column))
        if not where:
            return self.message
        return t("{where} : {message}", where=", ".join(where), message=self.message)


class KitError(UserError):
    """The workbook is not a sound kit; ``problems`` lists every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))
