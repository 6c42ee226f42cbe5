"""Bar charts as plain geometry for the SVG in the templates: drawn on the server, no script. Coordinates are strings
with a decimal point (the Dutch locale would write 12,5, which SVG does not read)."""

LABEL_WIDTH = 250  # horizontal bars: labels left of the bars
BAR_SPACE = 300
ROW = 28
COLUMN_AREA = 560  # columns: one per week
COLUMN_HEIGHT = 150


def _n(value: float) -> str:
    return f"{value:.1f}"


def _short(label: str, length: int = 36) -> str:
    return label if len(label) <= length else label[:length - 1] + "…"


def bars(items) -> dict:
    """Horizontal bars for [(label, value)], the longest full width."""
    top = max((value for _, value in items), default=0) or 1
    rows = []
    for i, (label, value) in enumerate(items):
        width = BAR_SPACE * value / top
        rows.append({"label": _short(str(label)), "name": str(label), "value": value, "y": str(i * ROW + 4), "text_y": str(i * ROW + 20),
                     "width": _n(width), "value_x": _n(LABEL_WIDTH + width + 6)})
    return {"rows": rows, "height": str(len(items) * ROW + 8), "width": str(LABEL_WIDTH + BAR_SPACE + 60),
            "bar_x": str(LABEL_WIDTH), "label_x": str(LABEL_WIDTH - 8)}


def columns(items) -> dict:
    """Vertical columns for [(label, value)], e.g. one per week; every label when few, else every fourth."""
    top = max((value for _, value in items), default=0) or 1
    step = COLUMN_AREA / max(len(items), 1)
    every = 1 if len(items) <= 13 else 4
    cols = []
    for i, (label, value) in enumerate(items):
        height = COLUMN_HEIGHT * value / top
        cols.append({"x": _n(40 + i * step + step * 0.1), "width": _n(step * 0.8), "y": _n(10 + COLUMN_HEIGHT - height),
                     "height": _n(height), "label": label if i % every == 0 else "",
                     "middle": _n(40 + i * step + step / 2)})
    return {"columns": cols, "width": str(40 + COLUMN_AREA + 10), "height": str(COLUMN_HEIGHT + 40),
            "top": top, "axis_y": str(10 + COLUMN_HEIGHT), "label_y": str(COLUMN_HEIGHT + 30),
            "top_y": "14"}
