// canvasgen's page: sends a form to the API and shows what came back. No framework, no build step,
// nothing fetched from anywhere but this server.
"use strict";

const WORDS = {
  nl: {
    tagline: "Van klantreis-werkmap naar poster en workshopdeck.", language: "Taal",
    tab_build: "Poster en deck", tab_gaps: "Gaps", tab_diff: "Versies vergelijken",
    workbook: "Werkmap (.xlsx, .ods, .xls, .csv of .json)", metrics: "Meetcijfers (CSV, mag leeg)",
    brand: "Huisstijl", size: "Papier", portrait: "Staand", output_lang: "Taal van poster en deck",
    auto: "uit de werkmap", make: "Maak poster en deck", compare: "Vergelijk",
    gaps_help: "Eén werkmap met de ideale en de huidige reis, of twee werkmappen.",
    ideal: "Ideale reis (of beide)", current: "Huidige reis (mag leeg)", old: "Oude versie", new: "Nieuwe versie",
    local: "Alles blijft op deze computer: er gaat niets naar internet.",
    working: "Bezig…", done: "Klaar.", failed: "Dat lukte niet:", downloads: "Downloaden",
    journey: "Klantreis", phases: "Fasen", lanes: "Banen", warnings: "Let op", page: "Pagina",
    more: "Inlezen bijsturen", more_help: "Alleen nodig als canvasgen de werkmap verkeerd leest: zie de waarschuwingen.",
    with: "Extra werkmappen (contactmomenten, persona's, scores)", phases_row: "Rij met de fasenamen",
    phases_col: "Kolom met de fasenamen", labels: "Kolom of rij met de baannamen",
    lane_kinds: "Wat een baan is, één per regel", skip_hidden: "Verborgen rijen, kolommen en bladen weglaten",
    full: "ware grootte",
  },
  en: {
    tagline: "From customer journey workbook to poster and workshop deck.", language: "Language",
    tab_build: "Poster and deck", tab_gaps: "Gaps", tab_diff: "Compare versions",
    workbook: "Workbook (.xlsx, .ods, .xls, .csv or .json)", metrics: "Figures (CSV, optional)",
    brand: "Brand kit", size: "Paper", portrait: "Portrait", output_lang: "Language of poster and deck",
    auto: "from the workbook", make: "Make poster and deck", compare: "Compare",
    gaps_help: "One workbook with the ideal and the current journey, or two workbooks.",
    ideal: "Ideal journey (or both)", current: "Current journey (optional)", old: "Old version", new: "New version",
    local: "Everything stays on this computer: nothing goes to the internet.",
    working: "Working…", done: "Done.", failed: "That did not work:", downloads: "Downloads",
    journey: "Journey", phases: "Phases", lanes: "Lanes", warnings: "Note", page: "Page",
    more: "Adjust the reading", more_help: "Only needed when canvasgen reads the workbook wrongly: see the warnings.",
    with: "Companion workbooks (touchpoints, personas, scores)", phases_row: "Row with the phase names",
    phases_col: "Column with the phase names", labels: "Column or row with the lane names",
    lane_kinds: "What a lane is, one per line", skip_hidden: "Leave out hidden rows, columns and sheets",
    full: "full size",
  },
};

let lang = (navigator.language || "nl").toLowerCase().startsWith("nl") ? "nl" : "en";
const $ = (id) => document.getElementById(id);
const t = (key) => WORDS[lang][key] || key;

function translate() {
  document.documentElement.lang = lang;
  $("ui-lang").value = lang;
  for (const el of document.querySelectorAll("[data-t]")) el.textContent = t(el.dataset.t);
}

function element(tag, text, attrs = {}) {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

function clear() {
  for (const id of ["files", "found", "warnings", "previews"]) $(id).replaceChildren();
  $("error").hidden = true;
  $("report").hidden = true;
}

function show(data) {
  $("status").textContent = t("done");
  for (const file of data.files) {
    const li = element("li");
    li.append(element("a", file.name, { href: file.url, download: file.name }));
    $("files").append(li);
  }
  for (const journey of (data.summary && data.summary.journeys) || []) {
    const box = element("div", undefined, { class: "journey" });
    box.append(element("h2", `${t("journey")}: ${journey.name}`));
    box.append(element("p", `${t("phases")}: ${journey.phases.join(" · ")}`, { class: "phases" }));
    box.append(element("p", `${t("lanes")}: ${journey.lanes.join(" · ")}`));
    $("found").append(box);
  }
  for (const warning of data.warnings) $("warnings").append(element("li", `${t("warnings")}: ${warning}`));
  if (data.report) {
    $("report").textContent = data.report;
    $("report").hidden = false;
  }
  for (const preview of data.previews) {
    const alt = `${t("page")} ${preview.page}`;
    const figure = element("figure");
    const link = element("a", undefined, { href: preview.full || preview.url, target: "_blank" });
    link.append(element("img", undefined, { src: preview.url, alt }));
    figure.append(link, element("figcaption", `${alt} · ${t("full")}`));
    $("previews").append(figure);
  }
}

async function send(form) {
  clear();
  $("status").textContent = t("working");
  const button = form.querySelector("button[type=submit]");
  button.disabled = true;
  try {
    const response = await fetch(form.dataset.api, { method: "POST", body: new FormData(form) });
    const data = await response.json();
    if (!response.ok) throw new Error(data.error || response.statusText);
    show(data);
  } catch (error) {
    $("status").textContent = t("failed");
    $("error").textContent = error.message;
    $("error").hidden = false;
  } finally {
    button.disabled = false;
    $("result").focus();
  }
}

// Dropping a file on the dashed box chooses it, as the file dialog would.
function dropZones() {
  for (const zone of document.querySelectorAll(".drop")) {
    const input = zone.querySelector("input[type=file]");
    zone.addEventListener("dragover", (event) => { event.preventDefault(); zone.classList.add("over"); });
    zone.addEventListener("dragleave", () => zone.classList.remove("over"));
    zone.addEventListener("drop", (event) => {
      event.preventDefault();
      zone.classList.remove("over");
      if (event.dataTransfer.files.length) input.files = event.dataTransfer.files;
    });
  }
}

function tabs() {
  const list = [...document.querySelectorAll("[role=tab]")];
  const select = (tab) => {
    for (const other of list) {
      const on = other === tab;
      other.setAttribute("aria-selected", on);
      other.tabIndex = on ? 0 : -1;
      $(other.getAttribute("aria-controls")).hidden = !on;
    }
    tab.focus();
  };
  for (const tab of list) {
    tab.addEventListener("click", () => select(tab));
    tab.addEventListener("keydown", (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (step) select(list[(list.indexOf(tab) + step + list.length) % list.length]);
    });
  }
}

async function choices() {
  const response = await fetch("/api/options");
  const data = await response.json();
  for (const name of data.brands) $("brands").append(element("option", name, { value: name }));
  for (const size of data.sizes) $("sizes").append(element("option", size, { value: size }));
  $("sizes").value = "A1";
}

document.addEventListener("DOMContentLoaded", () => {
  translate();
  tabs();
  dropZones();
  choices();
  $("ui-lang").addEventListener("change", (event) => { lang = event.target.value; translate(); });
  for (const form of document.querySelectorAll("form[data-api]")) {
    form.addEventListener("submit", (event) => { event.preventDefault(); send(form); });
  }
});
