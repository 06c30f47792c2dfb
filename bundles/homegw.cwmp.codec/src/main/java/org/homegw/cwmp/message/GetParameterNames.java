package org.homegw.cwmp.message;

import java.util.Objects;

/**
 * Lists parameters and objects under a path ("" for the whole tree); nextLevel limits the answer to
 * direct children.
 */
public record GetParameterNames(String parameterPath, boolean nextLevel) implements CwmpRequest {
    public GetParameterNames {
        Objects.requireNonNull(parameterPath, "parameterPath");
    }
}
