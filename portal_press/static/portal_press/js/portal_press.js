/*
 * portal_press: small enhancements of the public pages. Every page works
 * without this file; with it,
 *  - search boxes and the directory's filter suggest people, agencies and
 *    releases as the visitor types (an ARIA 1.2 combobox);
 *  - choosing a value in a filter's list applies the filter (with a mouse or
 *    a touch; from the keyboard, Enter applies it, so arrowing through the
 *    options does not reload the page);
 *  - the search's facets are open beside the results on wide screens and
 *    folded under the results count on phones.
 * No framework, no inline script: loaded as a file, so a strict
 * Content-Security-Policy (script-src 'self') allows it.
 */
(function () {
    "use strict";

    var WIDE = "(min-width: 48rem)";
    var DELAY = 150;
    var counter = 0;

    function Suggest(input, url, types) {
        this.input = input;
        this.url = url;
        this.types = types;
        this.items = [];
        this.active = -1;
        this.timer = null;
        this.request = 0;
        counter += 1;
        this.list = document.createElement("ul");
        this.list.id = "pp-suggest-" + counter;
        this.list.className = "pp-suggest";
        this.list.setAttribute("role", "listbox");
        this.list.hidden = true;
        var label = input.labels && input.labels[0];
        if (label) {
            if (!label.id) {
                label.id = this.list.id + "-label";
            }
            this.list.setAttribute("aria-labelledby", label.id);
        }
        input.parentNode.classList.add("pp-suggest-host");
        input.insertAdjacentElement("afterend", this.list);
        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", this.list.id);
        input.setAttribute("autocomplete", "off");
        input.addEventListener("input", this.onInput.bind(this));
        input.addEventListener("keydown", this.onKey.bind(this));
        input.addEventListener("blur", this.close.bind(this));
        this.list.addEventListener("mousedown", function (event) {
            event.preventDefault(); // keep the focus in the box
        });
        this.list.addEventListener("click", this.onClick.bind(this));
    }

    Suggest.prototype.onInput = function () {
        var self = this;
        window.clearTimeout(this.timer);
        var text = this.input.value.trim();
        if (text.length < 2) {
            this.close();
            return;
        }
        this.timer = window.setTimeout(function () {
            self.fetch(text);
        }, DELAY);
    };

    Suggest.prototype.fetch = function (text) {
        var self = this;
        var request = ++this.request;
        var address = this.url + (this.url.indexOf("?") < 0 ? "?" : "&") +
            "q=" + encodeURIComponent(text);
        window.fetch(address, {headers: {Accept: "application/json"}, credentials: "same-origin"})
            .then(function (response) {
                return response.ok ? response.json() : {suggestions: []};
            })
            .then(function (data) {
                if (request !== self.request) {
                    return; // an older answer arriving late
                }
                var found = (data.suggestions || []).filter(function (item) {
                    return !self.types || self.types.indexOf(item.type) >= 0;
                });
                self.show(found);
            })
            .catch(function () {
                self.close();
            });
    };

    Suggest.prototype.show = function (items) {
        this.items = items;
        this.active = -1;
        this.list.textContent = "";
        if (!items.length) {
            this.close();
            return;
        }
        var self = this;
        items.forEach(function (item, index) {
            var option = document.createElement("li");
            option.id = self.list.id + "-" + index;
            option.className = "pp-suggest__option";
            option.setAttribute("role", "option");
            option.setAttribute("aria-selected", "false");
            option.dataset.index = String(index);
            var label = document.createElement("span");
            label.className = "pp-suggest__label";
            label.textContent = item.label;
            option.appendChild(label);
            if (item.kind) {
                var kind = document.createElement("span");
                kind.className = "pp-suggest__kind";
                kind.textContent = " – " + item.kind;
                option.appendChild(kind);
            }
            self.list.appendChild(option);
        });
        this.list.hidden = false;
        this.input.setAttribute("aria-expanded", "true");
    };

    Suggest.prototype.close = function () {
        this.list.hidden = true;
        this.active = -1;
        this.input.setAttribute("aria-expanded", "false");
        this.input.removeAttribute("aria-activedescendant");
    };

    Suggest.prototype.highlight = function (index) {
        var options = this.list.children;
        if (this.active >= 0 && options[this.active]) {
            options[this.active].setAttribute("aria-selected", "false");
        }
        this.active = index;
        if (index < 0) {
            this.input.removeAttribute("aria-activedescendant");
            return;
        }
        options[index].setAttribute("aria-selected", "true");
        this.input.setAttribute("aria-activedescendant", options[index].id);
        options[index].scrollIntoView({block: "nearest"});
    };

    Suggest.prototype.onKey = function (event) {
        var open = !this.list.hidden;
        var count = this.items.length;
        if (event.key === "ArrowDown" && open) {
            event.preventDefault();
            this.highlight((this.active + 1) % count);
        } else if (event.key === "ArrowUp" && open) {
            event.preventDefault();
            this.highlight(this.active <= 0 ? count - 1 : this.active - 1);
        } else if (event.key === "Enter" && open && this.active >= 0) {
            event.preventDefault();
            this.pick(this.items[this.active]);
        } else if (event.key === "Escape" && open) {
            event.preventDefault();
            this.close();
        }
    };

    Suggest.prototype.onClick = function (event) {
        var option = event.target.closest(".pp-suggest__option");
        if (option) {
            this.pick(this.items[Number(option.dataset.index)]);
        }
    };

    Suggest.prototype.pick = function (item) {
        this.close();
        if (item.url) {
            window.location.assign(item.url);
            return;
        }
        this.input.value = item.label;
        if (this.input.form) {
            this.input.form.requestSubmit();
        }
    };

    function autoSubmit(select) {
        var byKeyboard = false;
        select.addEventListener("keydown", function (event) {
            byKeyboard = event.key !== "Enter";
            if (event.key === "Enter" && select.form) {
                event.preventDefault();
                select.form.requestSubmit();
            }
        });
        select.addEventListener("pointerdown", function () {
            byKeyboard = false;
        });
        select.addEventListener("change", function () {
            if (!byKeyboard && select.form) {
                select.form.requestSubmit();
            }
        });
    }

    function foldFacets(details) {
        var wide = window.matchMedia(WIDE);
        function update() {
            details.open = wide.matches;
        }
        update();
        wide.addEventListener("change", update);
    }

    function start() {
        document.querySelectorAll("input[data-pp-suggest]").forEach(function (input) {
            var types = input.dataset.ppSuggestTypes;
            new Suggest(input, input.dataset.ppSuggest, types ? types.split(" ") : null);
        });
        document.querySelectorAll("select[data-pp-autosubmit], .pp-filter select").forEach(autoSubmit);
        document.querySelectorAll("details[data-pp-facets]").forEach(foldFacets);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
}());
