"""Re-runs an ebpm notebook in a real Jupyter kernel, as an analyst would, and saves what it showed.

    python rerun_notebook.py NOTEBOOK SHOWN_CSV

Executes every cell in the notebook's folder (nbclient, kernel python3; an error in any cell fails), then writes the
table the notebook displays (its shown(table)) as CSV, and prints each cell's text output for the test to look at.
"""
import sys
from pathlib import Path

import nbclient
import nbformat


def main(notebook_path, shown_csv):
    notebook_path = Path(notebook_path)
    notebook = nbformat.read(notebook_path, as_version=4)
    notebook.cells.append(nbformat.v4.new_code_cell(
        f"shown(table).to_csv({str(Path(shown_csv).resolve())!r}, index=False)"))
    client = nbclient.NotebookClient(notebook, timeout=180, kernel_name="python3",
                                     resources={"metadata": {"path": str(notebook_path.parent)}})
    client.execute()
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            text = output.get("data", {}).get("text/plain") or output.get("text") or ""
            if isinstance(text, list):
                text = "".join(text)
            print(f"--- {cell.get('id', '?')} {output['output_type']}")
            print(text)


if __name__ == "__main__":
    main(*sys.argv[1:])
