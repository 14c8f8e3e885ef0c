"""``canvasgen serve``: the local web page and the API it uses (``app``), how a request's form becomes a
job (``forms``), the work it hands to worker processes (``jobs``) and the processes themselves, each job
under a time limit (``workers``), the reports as tables for the page (``tables``), where results wait
to be downloaded (``store``) and what keeps the server safe on a shared machine (``guard``)."""
