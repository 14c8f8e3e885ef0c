"""The inputs that are no spreadsheet: a Mermaid ``journey`` diagram (``mermaid``) and canvasgen's own JSON
model (``model_json``, checked against ``model.schema.json`` beside it). Each gives the model a workbook gives."""
