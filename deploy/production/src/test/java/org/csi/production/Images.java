package org.csi.production;

/** Image references. */
final class Images {

    private Images() {
    }

    /** Tagged (or pinned by digest), and not :latest: the same manifest runs the same image tomorrow. */
    static boolean pinned(String image) {
        if (image == null || image.isBlank()) {
            return false;
        }
        if (image.contains("@sha256:")) {
            return true;
        }
        String lastSegment = image.substring(image.lastIndexOf('/') + 1);
        int colon = lastSegment.indexOf(':');
        return colon > 0 && colon < lastSegment.length() - 1 && !lastSegment.endsWith(":latest");
    }
}
