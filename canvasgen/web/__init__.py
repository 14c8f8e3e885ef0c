"""``canvasgen serve``: the local web page and the API it uses (``app``), the work it hands to worker
processes (``jobs``), where results wait to be downloaded (``store``) and what keeps the server safe
on a shared machine (``guard``)."""
