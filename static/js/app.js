// Small progressive enhancements; every page works without them.
document.documentElement.classList.add("js");

document.addEventListener("click", (event) => {
  const copy = event.target.closest("[data-copy-target]");
  if (copy) {
    const drawing = document.getElementById(copy.dataset.copyTarget);
    navigator.clipboard.writeText(drawing.textContent).then(() => {
      copy.textContent = "Copied";
      setTimeout(() => { copy.textContent = "Copy"; }, 1500);
    });
  }
  const select = event.target.closest("[data-select-stories]");
  if (select) {
    // "Select all" that stops at the job's limit of 10 stories, among the cards shown.
    const limit = Number(select.dataset.selectStories);
    let picked = 0;
    document.querySelectorAll('input[name="story_ids"]').forEach((box) => {
      box.checked = !box.closest(".story[hidden]") && picked < limit;
      if (box.checked) picked += 1;
    });
    countSelected();
  }
  const compact = event.target.closest("[data-compact-toggle]");
  if (compact) {
    const on = compact.getAttribute("aria-pressed") !== "true";
    try { localStorage.setItem(COMPACT_KEY, on ? "1" : ""); } catch (error) { /* private mode */ }
    showCompact(on);
  }
});

function countSelected() {
  const count = document.querySelectorAll('input[name="story_ids"]:checked').length;
  document.querySelectorAll("[data-selected-count]").forEach((label) => {
    label.textContent = count ? `${count} selected${count > 10 ? " (wireframes take at most 10)" : ""}` : "";
  });
}

document.addEventListener("change", (event) => {
  if (event.target.matches('input[name="story_ids"]')) countSelected();
  if (event.target.closest("[data-map-toolbar]")) filterMap();
});

// The story map's toolbar (templates/maps/_toolbar.html): titles only, and filters by
// release, by role and by text. They only hide what the server rendered.
const COMPACT_KEY = "storyMapper.compactMap";

function showCompact(on) {
  document.getElementById("story-map")?.classList.toggle("compact", on);
  document.querySelectorAll("[data-compact-toggle]").forEach((button) => {
    button.setAttribute("aria-pressed", String(on));
  });
}

function rememberedCompact() {
  try { return localStorage.getItem(COMPACT_KEY) === "1"; } catch (error) { return false; }
}

function filterMap() {
  const board = document.getElementById("story-map");
  const toolbar = document.getElementById("map-toolbar");
  if (!board || !toolbar) return;
  const value = (name) => toolbar.querySelector(`[data-filter="${name}"]`)?.value.trim() || "";
  const release = value("release");
  const role = value("role");
  const words = value("text").toLowerCase().split(/\s+/).filter(Boolean);
  const filtered = Boolean(release || role || words.length);

  const cards = board.querySelectorAll("article.story");
  const columnsShown = new Set();
  let shown = 0;
  cards.forEach((card) => {
    const text = words.length ? searchableText(card) : "";
    const match = (!release || card.dataset.release === release)
      && (!role || card.dataset.role === role)
      && words.every((word) => text.includes(word));
    card.hidden = !match;
    if (match) {
      shown += 1;
      columnsShown.add(card.closest("td")?.dataset.column);
    }
  });
  board.querySelectorAll("tbody tr[data-release]").forEach((row) => {
    row.hidden = Boolean(release) && row.dataset.release !== release;
  });
  // A filtered map keeps only the task columns with a story shown; activities shrink to them.
  board.querySelectorAll("[data-column]").forEach((cell) => {
    cell.hidden = filtered && !columnsShown.has(cell.dataset.column);
  });
  board.querySelectorAll("th.activity").forEach((header) => {
    const first = Number(header.dataset.firstColumn);
    const tasks = Number(header.dataset.tasks);
    let visible = tasks;
    if (filtered) {
      visible = 0;
      for (let column = first; column < first + tasks; column += 1) {
        if (columnsShown.has(String(column))) visible += 1;
      }
    }
    header.hidden = visible === 0;
    header.colSpan = Math.max(visible, 1);
  });
  board.classList.toggle("filtered", filtered);

  const noun = cards.length === 1 ? "story" : "stories";
  toolbar.querySelectorAll("[data-shown-count]").forEach((count) => {
    count.textContent = `${shown} of ${cards.length} ${noun} shown`;
  });
}

function searchableText(card) {
  // Title, story line and acceptance criteria; not the quotes from the requirements.
  const parts = card.querySelectorAll("h3, .story-line, details:not(.sources) li");
  return Array.from(parts, (part) => part.textContent).join(" ").toLowerCase();
}

function setUpMap() {
  const toolbar = document.getElementById("map-toolbar");
  if (!toolbar || toolbar.dataset.ready) return;
  toolbar.dataset.ready = "1";
  toolbar.addEventListener("submit", (event) => event.preventDefault());
  toolbar.addEventListener("input", (event) => {
    if (event.target.matches('[data-filter="text"]')) filterMap();
  });
  // A reset clears the fields after the event; filter once they are clear.
  toolbar.addEventListener("reset", () => setTimeout(filterMap));
}

function refreshMap() {
  setUpMap();
  showCompact(rememberedCompact());
  filterMap();
}

document.addEventListener("DOMContentLoaded", refreshMap);
// Fragments swapped in by htmx come back unfiltered and full size: apply the toolbar again.
document.addEventListener("htmx:afterSettle", refreshMap);

// ---------------------------------------------------------------------------------------
// Stories on the map by hand (webapp/maps/story_views.py): drag and drop, edit in place,
// add. SortableJS 1.15.7 (MIT licence, the npm package "sortablejs") is vendored as
// static/vendor/Sortable.min.js and loaded only where a board can be edited.
// htmx's sortable pattern: htmx.onLoad makes every cell that is swapped in sortable.

let sortableScript = null;

function loadSortable(src) {
  if (window.Sortable) return Promise.resolve();
  if (!sortableScript) {
    sortableScript = new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = src;
      script.onload = resolve;
      script.onerror = reject;
      document.head.append(script);
    });
  }
  return sortableScript;
}

htmx.onLoad((content) => {
  if (!content.querySelectorAll) return;
  const cells = Array.from(content.querySelectorAll(".cell-stories.sortable"));
  const board = document.querySelector("#story-map[data-sortable-src]");
  if (!cells.length || !board) return;
  loadSortable(board.dataset.sortableSrc).then(
    () => cells.forEach(makeSortable),
    () => showStoryAlert("Drag and drop is unavailable; use each card's “Move to…” menu."),
  );
});

function makeSortable(cell) {
  if (cell.dataset.sortableReady) return;
  cell.dataset.sortableReady = "1";
  new Sortable(cell, {
    group: "stories",
    draggable: "article.story",
    handle: ".drag-handle",
    animation: 150,
    ghostClass: "story-ghost",
    chosenClass: "story-chosen",
    onEnd: storyDropped,
  });
}

function storyDropped(event) {
  const card = event.item;
  const cell = event.to;
  if (event.from === cell && event.oldIndex === event.newIndex) return;
  // The place among the cell's stories, counting a card being edited: as the server counts.
  const position = Array.from(cell.children).filter((child) => child.matches(".story")).indexOf(card);
  const story = card.querySelector(".story-actions").dataset;
  card.setAttribute("aria-busy", "true");
  htmx.ajax("POST", story.moveUrl, {
    source: card,
    target: card,
    swap: "outerHTML",
    values: {
      task_id: cell.dataset.taskId,
      release_id: cell.dataset.releaseId,
      position,
      version: story.version,
    },
  });
}

function isStoryMove(event) {
  const elt = event.detail.elt;
  return Boolean(elt?.matches?.("article.story") || elt?.closest?.(".move-form"));
}

// A click on a card's title opens it for editing, as its "Edit" link does.
document.addEventListener("click", (event) => {
  const title = event.target.closest?.("article.story h3");
  if (title && !window.getSelection()?.toString()) {
    title.closest("article.story").querySelector(".story-actions .edit-story")?.click();
  }
});

// A refused move (409, 422) comes back as the board with a message; a move that got no answer,
// or an error page, reloads the board so the page shows the map as saved.
function reloadBoard(message) {
  const board = document.getElementById("story-map");
  if (board?.dataset.boardUrl) {
    htmx.ajax("GET", board.dataset.boardUrl, { target: "#story-map", swap: "outerHTML" });
  }
  showStoryAlert(message);
}

function showStoryAlert(message) {
  const alerts = document.getElementById("alerts");
  if (!alerts) return;
  const alert = document.createElement("p");
  alert.className = "flash flash-error";
  alert.setAttribute("role", "alert");
  alert.textContent = message;
  alerts.replaceChildren(alert);
}

document.addEventListener("htmx:sendError", (event) => {
  if (isStoryMove(event)) reloadBoard("The story was not moved: the server did not answer. The map shows it as saved.");
});
document.addEventListener("htmx:responseError", (event) => {
  if (isStoryMove(event)) reloadBoard(`The story was not moved (error ${event.detail.xhr.status}). The map shows it as saved.`);
});

// Escape cancels an edit; Ctrl+Enter saves from the text areas (Enter in the title saves).
document.addEventListener("keydown", (event) => {
  const form = event.target.closest?.("[data-story-edit]");
  if (!form) return;
  if (event.key === "Escape") {
    event.preventDefault();
    form.querySelector("[data-cancel]")?.click();
  } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    form.requestSubmit();
  }
});

// Focus stays with the story: the card after its edit form or conflict goes, the moved card's
// menu after a keyboard move.
let storyFocus = null;

document.addEventListener("htmx:beforeSwap", (event) => {
  const target = event.detail.target;
  // SortableJS leaves a style attribute on a dropped card; htmx's settle would copy it onto
  // the new card, an inline style the Content-Security-Policy refuses.
  if (target?.matches?.("article.story[style]")) target.removeAttribute("style");
  const form = event.detail.requestConfig?.elt?.closest?.(".move-form");
  if (form) storyFocus = { id: `story-${form.dataset.storyId}`, selector: ".move-menu summary" };
  else if (target?.matches?.("[data-story-edit], .story.conflict")) storyFocus = { id: target.id, selector: ".edit-story" };
});

document.addEventListener("htmx:afterSettle", () => {
  if (!storyFocus) return;
  const { id, selector } = storyFocus;
  storyFocus = null;
  const active = document.activeElement;
  if (active && active !== document.body && document.body.contains(active)) return;
  const element = document.getElementById(id);
  const focusable = element?.matches("article.story") ? element.querySelector(selector) : null;
  if (focusable) {
    focusable.focus();
    element.scrollIntoView({ block: "nearest", inline: "nearest" });
  }
});

// "+ Story": the new card is in its cell; the field empties for the next one.
document.addEventListener("htmx:afterRequest", (event) => {
  const form = event.detail.elt;
  if (!event.detail.successful || !form?.matches?.(".add-story form")) return;
  form.reset();
  form.querySelectorAll(".error").forEach((error) => error.remove());
  form.querySelector("[aria-invalid]")?.removeAttribute("aria-invalid");
  form.querySelector('input[name="title"]')?.focus();
});

// ---------------------------------------------------------------------------------------
// The map's shape by hand (webapp/maps/structure_views.py): drag activity headers, task
// headers (within and across activities) and release rows by their names. Each header's menu
// has the same moves as buttons, for the keyboard and screen readers. Sortable is loaded by
// loadSortable above; the rows are .sortable-activities, .sortable-tasks, .sortable-releases.

const STRUCTURE_LISTS = {
  "sortable-activities": { draggable: "th.activity", onEnd: activityDropped },
  "sortable-tasks": { draggable: "th.task", onEnd: taskDropped },
  "sortable-releases": { draggable: "tr.release", handle: "th.release-name", onEnd: releaseDropped },
};

htmx.onLoad((content) => {
  if (!content.querySelectorAll) return;
  const selector = Object.keys(STRUCTURE_LISTS).map((name) => `.${name}`).join(", ");
  const lists = Array.from(content.querySelectorAll(selector));
  const board = document.querySelector("#story-map[data-sortable-src]");
  if (!lists.length || !board) return;
  loadSortable(board.dataset.sortableSrc).then(
    () => lists.forEach(makeStructureSortable),
    () => showStoryAlert("Dragging is unavailable; each header's menu can move it."),
  );
});

function makeStructureSortable(list) {
  if (list.dataset.structureReady) return;
  list.dataset.structureReady = "1";
  const kind = Object.keys(STRUCTURE_LISTS).find((name) => list.classList.contains(name));
  new Sortable(list, {
    ...STRUCTURE_LISTS[kind],
    group: kind, // a task header never lands among the activities, nor a release among tasks
    animation: 150,
    // Mouse and touch events rather than the browser's drag: headers are table cells.
    forceFallback: true,
    fallbackTolerance: 4, // a click on a name opens its menu; only a real drag moves it
    delayOnTouchOnly: true,
    delay: 200,
    filter: ".header-menu-body, .structure-conflict, input, button, textarea, select",
    preventOnFilter: false,
    ghostClass: "structure-ghost",
    chosenClass: "structure-chosen",
    onStart: () => closeHeaderMenus(null),
  });
}

function structureHeader(item) {
  return item?.querySelector("[data-structure-move-url]");
}

function moveStructure(item, values) {
  const header = structureHeader(item);
  if (!header) return;
  htmx.ajax("POST", header.dataset.structureMoveUrl, {
    source: header,
    target: "#story-map",
    swap: "outerHTML",
    values: { version: header.dataset.version, ...values },
  });
}

function activityDropped(event) {
  if (event.oldDraggableIndex === event.newDraggableIndex) return;
  moveStructure(event.item, { position: event.newDraggableIndex });
}

function releaseDropped(event) {
  if (event.oldDraggableIndex === event.newDraggableIndex) return;
  moveStructure(event.item, { position: event.newDraggableIndex });
}

// A task joins the activity under the pointer where it was dropped, at its place among that
// activity's tasks; between two activities, the pointer says which side it meant.
function taskDropped(event) {
  const item = event.item;
  const header = structureHeader(item);
  if (!header) return;
  const tasks = Array.from(event.to.querySelectorAll(":scope > th.task"));
  const activityId = activityUnder(event, item, tasks);
  const position = tasks
    .slice(0, tasks.indexOf(item))
    .filter((task) => structureHeader(task)?.dataset.activityId === activityId).length;
  if (activityId === header.dataset.activityId && event.oldDraggableIndex === event.newDraggableIndex) return;
  moveStructure(item, { activity_id: activityId, position });
}

function activityUnder(event, item, tasks) {
  const pointer = event.originalEvent?.changedTouches?.[0] || event.originalEvent;
  if (pointer && typeof pointer.clientX === "number") {
    for (const activity of item.closest("thead").querySelectorAll("th.activity")) {
      const box = activity.getBoundingClientRect();
      if (!activity.hidden && pointer.clientX >= box.left && pointer.clientX < box.right) {
        return structureHeader(activity)?.dataset.activityId;
      }
    }
  }
  const index = tasks.indexOf(item);
  return structureHeader(tasks[index - 1] || tasks[index + 1] || item).dataset.activityId;
}

function isStructureMove(event) {
  return Boolean(event.detail.elt?.closest?.("[data-structure-move-url]"));
}

document.addEventListener("htmx:sendError", (event) => {
  if (isStructureMove(event)) reloadBoard("Nothing was moved: the server did not answer. The map shows it as saved.");
});
document.addEventListener("htmx:responseError", (event) => {
  if (isStructureMove(event)) reloadBoard(`Nothing was moved (error ${event.detail.xhr.status}). The map shows it as saved.`);
});

// One header menu open at a time; Escape or a click elsewhere closes it.
function closeHeaderMenus(except) {
  document.querySelectorAll("details.header-menu[open], details.delete-map[open]").forEach((menu) => {
    if (menu !== except && !menu.contains(except)) menu.open = false;
  });
}

document.addEventListener("toggle", (event) => {
  const menu = event.target;
  if (!menu.matches?.("details.header-menu, details.delete-map") || !menu.open) return;
  closeHeaderMenus(menu);
  if (menu.dataset.keepFocus) delete menu.dataset.keepFocus;
  else menu.querySelector(".structure-form input:not([type=hidden])")?.focus();
}, true);

document.addEventListener("click", (event) => {
  if (!event.target.closest?.("details.header-menu, details.delete-map")) closeHeaderMenus(null);
});

document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape") return;
  const menu = event.target.closest?.("details.header-menu[open], details.delete-map[open]");
  if (!menu) return;
  event.preventDefault();
  menu.open = false;
  menu.querySelector("summary")?.focus();
});

// Focus stays with the header after its change: the same move button (its menu open again),
// the name after a rename, the field with the message after a refusal.
let structureFocus = null;

document.addEventListener("htmx:beforeSwap", (event) => {
  const elt = event.detail.requestConfig?.elt;
  const header = elt?.closest?.(".structure-header, .map-title, .structure-conflict");
  if (!header) return;
  const form = elt.closest("[data-refocus]");
  structureFocus = { id: form ? form.dataset.refocus : header.id, move: form?.dataset.refocusMove };
});

document.addEventListener("htmx:afterSettle", () => {
  if (!structureFocus) return;
  const { id, move } = structureFocus;
  structureFocus = null;
  const header = document.getElementById(id);
  if (!header) return;
  const menu = header.querySelector("details.header-menu");
  let focusable = header.querySelector('[aria-invalid="true"]');
  if (!focusable && move) {
    focusable = header.querySelector(`[data-move="${move}"]`);
    if (focusable && menu) {
      menu.dataset.keepFocus = "1"; // not the name field, as opening it by hand does
      menu.open = true;
    }
  }
  focusable = focusable || header.querySelector("summary, button");
  focusable?.focus();
  header.scrollIntoView({ block: "nearest", inline: "nearest" });
});

// The job page's tab title follows the job ("(2/5) Generating…", "✓ Map ready"): each swap of
// the status fragment (templates/jobs/_status.html) brings the title in its data-page-title.
document.addEventListener("htmx:afterSettle", () => {
  const title = document.getElementById("job-status")?.dataset.pageTitle;
  if (title && document.title !== title) document.title = title;
});

// The header's "N running" badge (templates/jobs/_active.html), asked for once the page has
// loaded (after htmx has read its settings); the answer polls by itself, every 5 s, only
// while the user has jobs queued or running.
document.addEventListener("DOMContentLoaded", () => {
  const badge = document.querySelector("[data-active-jobs]");
  if (badge && window.htmx) {
    htmx.ajax("GET", badge.dataset.activeJobs, { target: badge, swap: "outerHTML" });
  }
});
